import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The walls of packages/core (packages/core/README.md draws them): each folder imports only the
 * layers below it, so no domain imports a use case and no two domains import each other.
 *   base:       errors, log, concurrency
 *   shared:     inputs, paths, action, summary, time (base and github/context)
 *   transport:  oci/ (base only), git/, github/ (base only)
 *   domains:    version/ (git, github, and of oci/ only references.ts: image names are parsed by the one
 *               reference parser), sign/ (oci, github), sbom/ (oci, sign, git)
 *   use cases:  promote/ (domains), pack/ (domains), inspect/ (domains, promote's record types, pack's store),
 *               pin/ (domains), trail/ (domains, promote's record types, inspect's description: trace and history),
 *               audit/ (domains, inspect's tag listing, promote's record types), release/ (everything)
 */
const ACTIONS_CORE = { name: '@actions/core', message: '@actions/core is imported only under actions/.' };
const CORE = 'packages/core/src';
const ALL = [
  'git',
  'github',
  'oci',
  'version',
  'sign',
  'sbom',
  'promote',
  'pack',
  'inspect',
  'pin',
  'trail',
  'audit',
  'release',
];
const SHARED = ['inputs', 'paths', 'action', 'summary', 'time'];
const WALLS = {
  'oci/**': [...ALL, ...SHARED],
  'git/**': [...ALL, ...SHARED],
  'github/**': [...ALL, ...SHARED],
  // Of oci/, version/ reads only references.ts (build-tag's image names): no media types, no registry.
  'version/**': [
    'oci/(?!references\\.js$)[^/]+',
    'sign',
    'sbom',
    'promote',
    'pack',
    'inspect',
    'pin',
    'trail',
    'audit',
    'release',
  ],
  'sign/**': ['git', 'version', 'sbom', 'promote', 'pack', 'inspect', 'pin', 'trail', 'audit', 'release'],
  'sbom/**': ['version', 'promote', 'pack', 'inspect', 'pin', 'trail', 'audit', 'release'],
  'promote/**': ['pack', 'inspect', 'pin', 'trail', 'audit', 'release'],
  'pack/**': ['promote', 'inspect', 'pin', 'trail', 'audit', 'release'],
  'inspect/**': ['pin', 'trail', 'audit', 'release'],
  'pin/**': ['promote', 'pack', 'inspect', 'trail', 'audit', 'release'],
  'trail/**': ['pack', 'pin', 'audit', 'release'],
  'audit/**': ['pack', 'pin', 'trail', 'release'],
  '{errors,log,concurrency}.ts': [...ALL, ...SHARED],
  '{inputs,paths,action,summary,time}.ts': ALL.filter((name) => name !== 'github'),
};
const wallRules = Object.entries(WALLS).map(([files, forbidden]) => ({
  files: [`${CORE}/${files}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [ACTIONS_CORE],
        patterns: [
          {
            // A relative import of a forbidden folder or root file: from a root file './oci/x.js', from a
            // folder '../sign/x.js' or '../../pack/x.js' ('./x.js' is the folder's own file).
            regex: `^(${files.endsWith('.ts') ? '\\./' : '(\\.\\./)+'})(${forbidden.join('|')})(/|\\.js$)`,
            message: 'This import crosses a wall of packages/core: see the layers in packages/core/README.md.',
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tools/**', 'coverage/**', '**/generated/**', 'bench/.work/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [ACTIONS_CORE] }],
    },
  },
  ...wallRules,
  { files: ['actions/**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
);

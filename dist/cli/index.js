import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 909:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(921)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(415)
const { safeRe: re, t } = __nccwpck_require__(889)

const parseOptions = __nccwpck_require__(342)
const { compareIdentifiers } = __nccwpck_require__(150)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 415:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 921:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 150:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 342:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 889:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(415)
const debug = __nccwpck_require__(921)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ commands)
/* harmony export */ });
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(276);

/** Commands named after an action share its action.yml inputs; the rest are CLI-only. */
const commands = {
    'semver-calculate': { parse: _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .parseSemverCalculateInputs */ .lO, run: _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .semverCalculate */ .Nn, secrets: ['github-token'] },
};


/***/ }),

/***/ 641:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ actionSpecs)
/* harmony export */ });
const actionSpecs = {
    "semver-calculate": {
        "description": "Computes the next semantic version from git tags, pull request labels and Conventional Commits, with prerelease channels, a sticky pull request preview and a job summary; deepens shallow clones instead of guessing. Permissions: contents: read; pull-requests: write for the PR preview comment (optional)",
        "inputs": {
            "tag-prefix": {
                "description": "Prefix of version tags, matched literally: the version must follow it directly. `v` matches v1.2.3 (not vnext-1.2.3); `app-v` matches app-v1.2.3 but never app-web-v1.2.3; empty matches 1.2.3.",
                "default": "v",
                "required": false
            },
            "paths": {
                "description": "List of paths (one per line or comma-separated, git pathspecs): only commits touching them count. For monorepo packages, together with a per-package tag-prefix.",
                "default": "",
                "required": false
            },
            "increment": {
                "description": "Explicit bump that overrides labels and commits: major, minor, patch or none. Empty: computed.",
                "default": "",
                "required": false
            },
            "bump-labels": {
                "description": "List of rules, one per line, naming the pull request labels that decide the bump: `<major|minor|patch|skip>=<label>, <label>`. A skip label releases nothing. Labels outrank commits; matched case-insensitively.",
                "default": "major=major, semver:major\nminor=minor, semver:minor\npatch=patch, semver:patch\nskip=skip-release, no-release\n",
                "required": false
            },
            "conventional-commits": {
                "description": "Read Conventional Commits 1.0 (`type(scope)!: description`, `BREAKING CHANGE:` and `BREAKING-CHANGE:` footers) from the commits since the previous version.",
                "default": "true",
                "required": false
            },
            "major-types": {
                "description": "Conventional Commits types that bump major (list). Breaking changes always do.",
                "default": "",
                "required": false
            },
            "minor-types": {
                "description": "Conventional Commits types that bump minor (list).",
                "default": "feat",
                "required": false
            },
            "patch-types": {
                "description": "Conventional Commits types that bump patch (list). Other types release nothing.",
                "default": "fix, perf, revert",
                "required": false
            },
            "major-pattern": {
                "description": "Regular expression (JavaScript, unicode) on commit messages that are not Conventional Commits: a match bumps major.",
                "default": "",
                "required": false
            },
            "minor-pattern": {
                "description": "Regular expression (JavaScript, unicode) on commit messages that are not Conventional Commits: a match bumps minor.",
                "default": "",
                "required": false
            },
            "default-bump": {
                "description": "Bump for commits that match nothing (none, patch, minor, major). Empty: none while conventional-commits is on, patch when it is off.",
                "default": "",
                "required": false
            },
            "initial-version": {
                "description": "The version when no version tag with the prefix exists yet.",
                "default": "0.1.0",
                "required": false
            },
            "zero-major-breaking": {
                "description": "The 0.x rule: what a breaking change does while the major version is 0. `minor` (0.3.1 → 0.4.0) or `major` (0.3.1 → 1.0.0). Leaving 0.x is a deliberate act: increment major always gives 1.0.0.",
                "default": "minor",
                "required": false
            },
            "prerelease": {
                "description": "Release this run as a prerelease on this channel (e.g. beta → 2.0.0-beta.3), whatever the branch. Empty: from branch-channels.",
                "default": "",
                "required": false
            },
            "pr-channel": {
                "description": "Prerelease channel of pull request builds: `<version>-<channel>.<PR number>.<commits since base>`, e.g. 1.4.0-pr.42.7. Empty: pull requests get the plain version they will release.",
                "default": "pr",
                "required": false
            },
            "branch-channels": {
                "description": "List of prerelease channels per branch, one `<branch glob>=<channel>` per line, e.g. `release/*=rc` (counters go up per channel: 2.0.0-rc.3 → 2.0.0-rc.4). First match wins; other branches release stable versions.",
                "default": "",
                "required": false
            },
            "build-metadata": {
                "description": "Append build metadata `+sha.<7 hex>` to the version (OCI tags cannot carry `+`: build-tag maps it).",
                "default": "false",
                "required": false
            },
            "fetch-depth-policy": {
                "description": "What to do with a shallow clone or a clone without tags: `deepen` fetches history and tags from origin (blobs filtered out) and continues; `fail` stops with an error. Never a silently wrong version.",
                "default": "deepen",
                "required": false
            },
            "previous-from": {
                "description": "`merged`: the previous version is the highest version tag merged into HEAD. `all`: the highest in the repository.",
                "default": "merged",
                "required": false
            },
            "comment": {
                "description": "On pull requests, keep one sticky comment with the version preview (edited in place).",
                "default": "true",
                "required": false
            },
            "github-token": {
                "description": "Token for the PR comment and the labels of the PR behind a pushed merge commit.",
                "default": "${{ github.token }}",
                "required": false
            }
        },
        "outputs": {
            "version": {
                "description": "The version of this build: the release, or a prerelease on pull requests and channels (1.4.0-pr.42.7), with build metadata when enabled."
            },
            "version-tag": {
                "description": "The version with the tag prefix (v1.4.0)."
            },
            "release-version": {
                "description": "The stable version this build releases, or will release once merged (no prerelease, no build metadata)."
            },
            "previous-version": {
                "description": "The previous stable version (prerelease tags never count); empty when there is none."
            },
            "previous-tag": {
                "description": "The tag of the previous stable version; empty when there is none."
            },
            "bump": {
                "description": "The bump applied: major, minor, patch or none."
            },
            "bump-source": {
                "description": "What decided the bump: increment, labels, skip-label, conventional-commits, patterns, default-bump, no-releasable-commits, no-commits, tag or initial-version."
            },
            "major": {
                "description": "Major number of the version."
            },
            "minor": {
                "description": "Minor number of the version."
            },
            "patch": {
                "description": "Patch number of the version."
            },
            "prerelease": {
                "description": "Prerelease part of the version (rc.4, pr.42.7); empty for a stable version."
            },
            "build": {
                "description": "Build metadata of the version (sha.3f9c2ab); empty unless build-metadata is on."
            },
            "is-prerelease": {
                "description": "true when the version has a prerelease part."
            },
            "is-tagged": {
                "description": "true when HEAD already carries this version tag (output as-is, no bump)."
            },
            "commits-since": {
                "description": "Commits since the previous version tag (touching paths when set)."
            },
            "changelog": {
                "description": "Markdown list of the commits since the previous version, grouped by type."
            },
            "json": {
                "description": "Every output above as one JSON object, plus the reasons, labels, sha, branch, pull request and assumptions."
            }
        }
    }
};


/***/ }),

/***/ 698:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(276);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(218);
/* harmony import */ var _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(641);
/**
 * `artefacts <command> [--input value ...] [--json]`: every action's logic from flags, with the
 * same inputs, defaults (from the same action.yml) and code as the action. Works outside GitHub.
 */



const argv = process.argv.slice(2);
const debug = argv.includes('--debug') || process.env.ARTEFACTS_DEBUG === '1';
const secrets = new Set();
const mask = (text) => {
    let out = text;
    for (const s of secrets)
        out = out.split(s).join('***');
    return out;
};
const logger = {
    debug: (m) => void (debug && process.stderr.write(`debug: ${mask(m)}\n`)),
    info: (m) => void process.stderr.write(`${mask(m)}\n`),
    notice: (m) => void process.stderr.write(`notice: ${mask(m)}\n`),
    warning: (m) => void process.stderr.write(`warning: ${mask(m)}\n`),
    secret: (v) => void (v !== '' && secrets.add(v)),
    group: async (title, fn) => {
        process.stderr.write(`── ${mask(title)}\n`);
        return fn();
    },
};
function usage() {
    const names = Object.keys(_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .commands */ .P).sort();
    return [
        'usage: artefacts <command> [--<input> <value> ...] [--json] [--summary] [--debug]',
        '',
        'commands:',
        ...names.map((n) => `  ${n.padEnd(18)} ${(_generated_action_specs_js__WEBPACK_IMPORTED_MODULE_2__/* .actionSpecs */ .d[n]?.description ?? '').split('\n')[0]?.slice(0, 90) ?? ''}`),
        '',
        'Run `artefacts <command> --help` for its inputs. Lists take repeated flags or newline/comma-separated values.',
    ].join('\n');
}
function commandHelp(name) {
    const spec = _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_2__/* .actionSpecs */ .d[name];
    if (!spec)
        return `artefacts ${name}`;
    const lines = [`usage: artefacts ${name} [flags]`, '', spec.description.trim(), '', 'flags:'];
    for (const [input, s] of Object.entries(spec.inputs)) {
        lines.push(`  --${input}${s.default ? ` (default: ${s.default})` : ''}`, `      ${s.description.replace(/\s+/g, ' ').trim()}`);
    }
    lines.push('', 'outputs:', ...Object.keys(spec.outputs).map((o) => `  ${o}`));
    return lines.join('\n');
}
class UsageError extends Error {
}
/** Flags → raw input values. `--x v`, `--x=v`, bare `--x` for true; repeated flags join with newlines. */
function parseFlags(name, args) {
    const spec = _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_2__/* .actionSpecs */ .d[name];
    const known = new Set(Object.keys(spec?.inputs ?? {}));
    const values = new Map();
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? '';
        if (['--json', '--summary', '--debug'].includes(arg))
            continue;
        if (!arg.startsWith('--'))
            throw new UsageError(`unexpected argument '${arg}' (inputs are given as --name value)`);
        const eq = arg.indexOf('=');
        const flag = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
        if (spec && !known.has(flag)) {
            throw new UsageError(`'${name}' has no input '${flag}'. Accepted: ${[...known].map((k) => `--${k}`).join(', ')}`);
        }
        let value;
        if (eq >= 0)
            value = arg.slice(eq + 1);
        else if (i + 1 < args.length && !(args[i + 1] ?? '').startsWith('--'))
            value = args[++i] ?? '';
        else
            value = 'true';
        values.set(flag, values.has(flag) ? `${values.get(flag)}\n${value}` : value);
    }
    return values;
}
async function main() {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(`${usage()}\n`);
        return name === undefined ? 2 : 0;
    }
    const command = _commands_js__WEBPACK_IMPORTED_MODULE_1__/* .commands */ .P[name];
    if (!command) {
        process.stderr.write(`error: unknown command '${name}'\n\n${usage()}\n`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(`${commandHelp(name)}\n`);
        return 0;
    }
    const flags = parseFlags(name, rest);
    const spec = _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_2__/* .actionSpecs */ .d[name];
    for (const s of command.secrets ?? []) {
        const v = flags.get(s);
        if (v)
            logger.secret(v);
    }
    // Defaults exactly as the runner applies them from action.yml; `${{ github.token }}` → GITHUB_TOKEN.
    const raw = (input) => {
        const given = flags.get(input);
        if (given !== undefined)
            return given;
        const fallback = spec?.inputs[input]?.default ?? '';
        return fallback.replace(/\$\{\{\s*github\.token\s*\}\}/g, process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? '');
    };
    const github = (0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .readGitHubContext */ .L7)(process.env);
    if (github === undefined)
        logger.debug('Not running under GitHub Actions: reading git directly for context.');
    const inputs = command.parse(raw);
    const outcome = await command.run(inputs, { cwd: process.cwd(), env: process.env, logger, github });
    if (argv.includes('--json')) {
        const json = outcome.outputs.json;
        process.stdout.write(`${json === undefined ? JSON.stringify(outcome.outputs, null, 2) : JSON.stringify(JSON.parse(json), null, 2)}\n`);
    }
    else if (argv.includes('--summary')) {
        process.stdout.write(`${outcome.summary}\n`);
    }
    else {
        for (const [key, value] of Object.entries(outcome.outputs)) {
            if (key === 'json')
                continue;
            process.stdout.write(value.includes('\n') ? `${key}:\n${value.replace(/^/gm, '  ')}\n` : `${key}: ${value}\n`);
        }
    }
    return 0;
}
try {
    process.exitCode = await main();
}
catch (error) {
    if (error instanceof UsageError) {
        process.stderr.write(`error: ${error.message}\n`);
        process.exitCode = 2;
    }
    else {
        const message = (0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .isArtefactsError */ .cs)(error) ? error.message : `Unexpected failure: ${(0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}`;
        process.stderr.write(`error: ${mask(message)}\n`);
        if ((0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .isArtefactsError */ .cs)(error) && error.hint)
            process.stderr.write(`hint: ${mask(error.hint)}\n`);
        if (debug && error instanceof Error && error.stack)
            process.stderr.write(`${mask(error.stack)}\n`);
        process.exitCode = 1;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Uc: () => (/* reexport */ describeError),
  cs: () => (/* reexport */ isArtefactsError),
  lO: () => (/* reexport */ parseSemverCalculateInputs),
  L7: () => (/* reexport */ readGitHubContext),
  Nn: () => (/* reexport */ semverCalculate)
});

// UNUSED EXPORTS: ArtefactsError, BUMPS, DEFAULT_BUMP_LABELS, DEFAULT_COMMIT_TYPES, GitHubApi, GitHubApiError, SEMVER_CALCULATE_MARKER, SemVer, applyBump, bumpBetween, bumpForCommit, calculateVersion, compareBumps, completeHistory, countCommits, currentBranch, defaultVersionOptions, git, gitRaw, gitStream, globToRegExp, greater, hasCommit, hasRemote, headFacts, inputError, inputs, isBuildMetadata, isChannelName, isShallow, isStrictSemver, listTags, maxBump, memoryLogger, missingTagsReason, nextChannelCounter, parseConventionalCommit, parseTag, parseTagPrefix, parseVersion, peelTags, pullRequestForMergeCommit, releaseOf, remoteTagNames, renderChangelog, renderSummary, revParse, runUrl, silentLogger, stickyMarker, streamCommits, upsertStickyComment, versionOutputs

;// CONCATENATED MODULE: ./packages/core/src/errors.ts
class ArtefactsError extends Error {
    code;
    hint;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'ArtefactsError';
        this.code = code;
        this.hint = options.hint;
    }
}
/** Bad input, named: which input, what was given, what is accepted. */
function errors_inputError(input, given, accepted, hint) {
    const shown = given.length > 200 ? `${given.slice(0, 200)}…` : given;
    return new ArtefactsError('INPUT_INVALID', `Input '${input}': got ${JSON.stringify(shown)}; expected ${accepted}.`, {
        ...(hint === undefined ? {} : { hint }),
    });
}
function isArtefactsError(error) {
    return error instanceof ArtefactsError;
}
/** Turns anything thrown into a message, without swallowing non-Error throws. */
function describeError(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/log.ts
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
    secret: () => undefined,
    group: (_title, fn) => fn(),
};
/** A logger that records every line, for tests and for summaries. */
function memoryLogger() {
    const lines = [];
    const push = (level) => (message) => void lines.push({ level, message });
    return {
        lines,
        debug: push('debug'),
        info: push('info'),
        notice: push('notice'),
        warning: push('warning'),
        secret: () => undefined,
        group: async (title, fn) => {
            lines.push({ level: 'group', message: title });
            return fn();
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts

function inputs_text(get, name) {
    return get(name).trim();
}
function optionalText(get, name) {
    const value = get(name).trim();
    return value === '' ? undefined : value;
}
function required(get, name) {
    const value = get(name).trim();
    if (value === '')
        throw inputError(name, '', 'a non-empty value', `Set '${name}' in the step's with: block.`);
    return value;
}
const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);
function inputs_boolean(get, name, fallback = false) {
    const raw = get(name).trim();
    if (raw === '')
        return fallback;
    const value = raw.toLowerCase();
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value))
        return false;
    throw errors_inputError(name, raw, 'true or false');
}
function integer(get, name, options = {}) {
    const raw = get(name).trim();
    if (raw === '') {
        if (options.fallback !== undefined)
            return options.fallback;
        throw inputError(name, raw, 'a whole number');
    }
    const min = options.min ?? Number.MIN_SAFE_INTEGER;
    const max = options.max ?? Number.MAX_SAFE_INTEGER;
    if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw inputError(name, raw, `a whole number from ${min} to ${max}`);
    }
    return Number(raw);
}
function oneOf(get, name, accepted, fallback) {
    const raw = get(name).trim();
    if (raw === '' && fallback !== undefined)
        return fallback;
    const found = accepted.find((a) => a === raw.toLowerCase());
    if (found === undefined)
        throw errors_inputError(name, raw, `one of ${accepted.join(', ')}`);
    return found;
}
/** A list: one item per line, or comma-separated; blank items and `#` comments dropped. */
function list(get, name, options = {}) {
    return splitList(get(name), options.comma ?? true);
}
function splitList(raw, comma = true) {
    const items = [];
    for (const line of raw.split(/\r?\n/)) {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        for (const part of comma ? trimmed.split(',') : [trimmed]) {
            const item = part.trim();
            if (item !== '')
                items.push(item);
        }
    }
    return items;
}
/** `key=value` pairs, one per line. */
function keyValues(get, name) {
    const result = {};
    for (const line of splitList(get(name), false)) {
        const at = line.indexOf('=');
        if (at <= 0)
            throw inputError(name, line, 'lines of the form key=value');
        result[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    return result;
}
function regex(get, name) {
    const raw = get(name).trim();
    if (raw === '')
        return undefined;
    try {
        return new RegExp(raw, 'u');
    }
    catch (error) {
        throw errors_inputError(name, raw, `a valid JavaScript regular expression (${error.message})`);
    }
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./packages/core/src/github/context.ts


/** Returns undefined when not running under GitHub Actions (no GITHUB_ACTIONS / GITHUB_EVENT_NAME). */
function readGitHubContext(env = process.env) {
    const eventName = env.GITHUB_EVENT_NAME;
    if (!eventName)
        return undefined;
    let payload = {};
    const path = env.GITHUB_EVENT_PATH;
    if (path) {
        try {
            payload = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
        }
        catch (error) {
            throw new ArtefactsError('GITHUB_CONTEXT', `Cannot read the event payload at GITHUB_EVENT_PATH=${path}.`, {
                cause: error,
            });
        }
    }
    const repository = env.GITHUB_REPOSITORY ?? repoFromPayload(payload) ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    return {
        eventName,
        payload,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        refName: env.GITHUB_REF_NAME ?? '',
        headRef: env.GITHUB_HEAD_REF ?? '',
        baseRef: env.GITHUB_BASE_REF ?? '',
        repository,
        owner,
        repo,
        runId: env.GITHUB_RUN_ID ?? '',
        runNumber: positive(env.GITHUB_RUN_NUMBER),
        runAttempt: positive(env.GITHUB_RUN_ATTEMPT),
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        pullRequest: pullRequestFacts(payload),
    };
}
function positive(raw) {
    const n = Number(raw);
    return Number.isInteger(n) && n > 0 ? n : 0;
}
function repoFromPayload(payload) {
    const repository = payload.repository;
    return typeof repository?.full_name === 'string' ? repository.full_name : undefined;
}
function pullRequestFacts(payload) {
    const pr = payload.pull_request;
    if (!pr || typeof pr.number !== 'number')
        return undefined;
    const head = (pr.head ?? {});
    const base = (pr.base ?? {});
    const labels = Array.isArray(pr.labels)
        ? pr.labels.map((l) => l.name).filter((n) => typeof n === 'string')
        : [];
    const headRepo = head.repo?.full_name;
    const baseRepo = base.repo?.full_name;
    return {
        number: pr.number,
        headSha: head.sha ?? '',
        headRef: head.ref ?? '',
        baseRef: base.ref ?? '',
        baseSha: base.sha ?? '',
        labels,
        isFork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo,
    };
}
/** The link to this run, for summaries and records. */
function runUrl(context) {
    return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: ./packages/core/src/git/git.ts



function gitEnv(extra) {
    return { ...process.env, ...extra, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}
/** Runs git and returns its output; never throws for a non-zero exit. */
function git_gitRaw(args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, { cwd: options.cwd, env: gitEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => reject(new ArtefactsError('GIT_FAILED', `Cannot run git: ${error.message}`, { hint: 'Is git installed and on PATH?' })));
        child.on('close', (code) => resolve({
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
            exitCode: code ?? 1,
        }));
    });
}
/** Runs git and returns stdout; throws a GIT_FAILED error naming the command on a non-zero exit. */
async function git_git(args, options) {
    const result = await git_gitRaw(args, options);
    if (result.exitCode !== 0) {
        const detail = result.stderr.trim().split('\n').slice(-3).join(' ');
        if (/not a git repository/i.test(detail)) {
            throw new ArtefactsError('GIT_NOT_A_REPOSITORY', `${options.cwd} is not a git repository.`, {
                hint: 'Check out the repository first (actions/checkout), or run from inside a clone.',
            });
        }
        throw new ArtefactsError('GIT_FAILED', `git ${args[0] ?? ''} failed (exit ${result.exitCode}): ${detail}`);
    }
    return result.stdout;
}
/**
 * Streams git's stdout as records split by `separator` (default: newline). The consumer sees one
 * record at a time; nothing accumulates beyond the current record.
 */
async function gitStream(args, options, onRecord, separator = '\n') {
    const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, { cwd: options.cwd, env: gitEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    const err = [];
    child.stderr.on('data', (chunk) => err.push(chunk));
    const closed = new Promise((resolve, reject) => {
        child.on('error', (error) => reject(new ArtefactsError('GIT_FAILED', `Cannot run git: ${error.message}`)));
        child.on('close', (code) => resolve(code ?? 1));
    });
    let stopped = false;
    if (separator === '\n') {
        const lines = (0,external_node_readline_namespaceObject.createInterface)({ input: child.stdout, crlfDelay: Infinity });
        for await (const line of lines) {
            if (onRecord(line) === 'stop') {
                stopped = true;
                child.kill();
                break;
            }
        }
    }
    else {
        child.stdout.setEncoding('utf8');
        let pending = '';
        for await (const chunk of child.stdout) {
            pending += chunk;
            let at;
            while ((at = pending.indexOf(separator)) >= 0) {
                const record = pending.slice(0, at);
                pending = pending.slice(at + separator.length);
                if (onRecord(record) === 'stop') {
                    stopped = true;
                    break;
                }
            }
            if (stopped) {
                child.kill();
                break;
            }
        }
        if (!stopped && pending !== '')
            onRecord(pending);
    }
    const code = await closed;
    if (!stopped && code !== 0) {
        const detail = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-3).join(' ');
        throw new ArtefactsError('GIT_FAILED', `git ${args[0] ?? ''} failed (exit ${code}): ${detail}`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/github/api.ts

class GitHubApiError extends ArtefactsError {
    status;
    constructor(status, message, hint) {
        super(status === 403 ? 'GITHUB_PERMISSION' : 'GITHUB_API', message, hint === undefined ? {} : { hint });
        this.status = status;
    }
}
class GitHubApi {
    owner;
    repo;
    base;
    token;
    logger;
    retries;
    constructor(options) {
        this.base = options.apiUrl.replace(/\/+$/, '');
        this.token = options.token;
        this.owner = options.owner;
        this.repo = options.repo;
        this.logger = options.logger;
        this.retries = options.retries ?? 3;
    }
    /** `/repos/{owner}/{repo}` + path. */
    repoPath(path) {
        return `/repos/${encodeURIComponent(this.owner)}/${encodeURIComponent(this.repo)}${path}`;
    }
    /**
     * One request. `expect` lists statuses that are answers rather than failures (e.g. 404 when
     * asking whether a tag exists); any other non-2xx throws a GitHubApiError.
     */
    async request(method, path, options = {}) {
        const url = path.startsWith('http') ? path : `${this.base}${path}`;
        const what = options.what ?? `${method} ${path}`;
        for (let attempt = 1;; attempt++) {
            let response;
            try {
                response = await fetch(url, {
                    method,
                    headers: {
                        accept: 'application/vnd.github+json',
                        'x-github-api-version': '2022-11-28',
                        'user-agent': 'immutable-artefacts',
                        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
                        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
                    },
                    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
                });
            }
            catch (error) {
                if (attempt <= this.retries) {
                    await delay(attempt);
                    continue;
                }
                throw new ArtefactsError('GITHUB_API', `GitHub API unreachable while trying to ${what} (${attempt} tries).`, {
                    cause: error,
                    hint: 'Check GITHUB_API_URL and the network.',
                });
            }
            const text = await response.text();
            const data = (text === '' ? undefined : safeJson(text));
            if (response.ok || options.expect?.includes(response.status)) {
                return { status: response.status, data, headers: response.headers };
            }
            if ((response.status >= 500 || response.status === 429) && attempt <= this.retries) {
                this.logger?.debug(`GitHub API ${response.status} on ${what}; retrying (${attempt}/${this.retries})`);
                await delay(attempt, response.headers.get('retry-after'));
                continue;
            }
            const message = data?.message ?? text.slice(0, 200);
            if (response.status === 403 || response.status === 401) {
                const permission = options.permission;
                throw new GitHubApiError(response.status, `GitHub refused to ${what}: ${response.status} ${message}.`, permission
                    ? `The token needs '${permission}'. Add to the job: permissions: { ${permission} }. Fork pull requests get a read-only token.`
                    : 'Check the token and its permissions.');
            }
            throw new GitHubApiError(response.status, `GitHub API failed to ${what}: ${response.status} ${message}.`);
        }
    }
    /** Follows `Link: rel="next"` through every page. */
    async paginate(path, what) {
        const items = [];
        let next = `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
        while (next !== undefined) {
            const response = await this.request('GET', next, what === undefined ? {} : { what });
            items.push(...(response.data ?? []));
            next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
        }
        return items;
    }
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return { message: text.slice(0, 200) };
    }
}
function delay(attempt, retryAfter) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) && seconds > 0
        ? Math.min(seconds * 1000, 30_000)
        : 2 ** attempt * 250 * (0.5 + Math.random());
    return new Promise((resolve) => setTimeout(resolve, ms));
}

// EXTERNAL MODULE: ./packages/core/node_modules/semver/classes/semver.js
var semver = __nccwpck_require__(909);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./packages/core/src/version/semver.ts
/**
 * Semantic Versioning 2.0.0 helpers on top of the `semver` package: strict parsing of tags with a
 * literal prefix, bumps (with the 0.x rule), prerelease channels and their counters.
 */
// Only the SemVer class: the package's index loads every range and function module (~80 ms cold).


const BUMPS = ['none', 'patch', 'minor', 'major'];
/** The SemVer 2.0.0 grammar, exactly (no leading `v`, no `=`, no leading zeros). */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function isStrictSemver(text) {
    return SEMVER.test(text);
}
function parseVersion(text) {
    if (!SEMVER.test(text))
        return undefined;
    return new (semver_default())(text);
}
function compareBumps(a, b) {
    return BUMPS.indexOf(a) - BUMPS.indexOf(b);
}
function maxBump(a, b) {
    return compareBumps(a, b) >= 0 ? a : b;
}
/**
 * `tag` minus the literal `prefix`, if what remains is exactly a SemVer 2.0.0 version. The prefix
 * is never a pattern, and the version must start right after it: prefix `app-v` rejects
 * `app-web-v1.0.0`, prefix `v` takes `v1.2.3`, the empty prefix takes `1.2.3` (but not `v1.2.3`).
 */
function parseTag(tag, prefix) {
    if (!tag.startsWith(prefix))
        return undefined;
    return parseVersion(tag.slice(prefix.length));
}
/** The release version of a prerelease (`2.0.0-rc.3` → `2.0.0`). */
/** Whether `a` has higher precedence than `b` (SemVer 2.0.0 item 11). */
function greater(a, b) {
    return new (semver_default())(a).compare(b) > 0;
}
function releaseOf(version) {
    return `${version.major}.${version.minor}.${version.patch}`;
}
/** The next stable version after `previous` (a stable version) for `bump`. */
function applyBump(previous, bump, rules) {
    const effective = bump === 'major' && previous.major === 0 && rules.zeroMajorBreaking === 'minor' ? 'minor' : bump;
    if (effective === 'none')
        return releaseOf(previous);
    const next = new (semver_default())(releaseOf(previous)).inc(effective);
    return next.version;
}
/** Which bump takes `from` (stable) to `to` (stable, greater). */
function bumpBetween(from, to) {
    const t = new (semver_default())(to);
    if (t.major !== from.major)
        return 'major';
    if (t.minor !== from.minor)
        return 'minor';
    if (t.patch !== from.patch)
        return 'patch';
    return 'none';
}
/** A prerelease channel name must be one dot-free SemVer identifier that is not numeric. */
function isChannelName(name) {
    return /^[0-9A-Za-z-]+$/.test(name) && !/^\d+$/.test(name);
}
/**
 * The next counter on `channel` for `release`: one more than the highest `release-channel.N`
 * among `existing`, or 1.
 */
function nextChannelCounter(release, channel, existing) {
    let highest = 0;
    for (const v of existing) {
        if (releaseOf(v) !== release)
            continue;
        const [name, counter] = v.prerelease;
        if (name === channel && typeof counter === 'number' && counter > highest)
            highest = counter;
    }
    return highest + 1;
}
/** Build metadata must be dot-separated [0-9A-Za-z-] identifiers. */
function isBuildMetadata(text) {
    return /^[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*$/.test(text);
}
/** A small glob for branch names: `*` matches within one path segment, `**` across segments. */
function globToRegExp(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i] ?? '';
        if (c === '*' && glob[i + 1] === '*') {
            out += '.*';
            i++;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`, 'u');
}

;// CONCATENATED MODULE: ./packages/core/src/version/conventional.ts
const HEADER = /^([A-Za-z][A-Za-z0-9_-]*)(?:\(([^()\r\n]*)\))?(!)?: (\S.*)$/;
const FOOTER = /^(BREAKING CHANGE|BREAKING-CHANGE|[A-Za-z0-9][A-Za-z0-9-]*)(?:: | #)(.*)$/;
const BREAKING_TOKENS = new Set(['BREAKING CHANGE', 'BREAKING-CHANGE']);
/** Parses a commit message; undefined when its first line is not a Conventional Commits header. */
function parseConventionalCommit(message) {
    const text = message.replace(/\r\n?/g, '\n');
    const newline = text.indexOf('\n');
    const header = (newline < 0 ? text : text.slice(0, newline)).trimEnd();
    const m = HEADER.exec(header);
    if (!m)
        return undefined;
    const [, type = '', scope, bang, description = ''] = m;
    const rest = newline < 0 ? '' : text.slice(newline + 1);
    const { body, footers } = splitFooters(rest);
    const breakingFooter = footers.find((f) => BREAKING_TOKENS.has(f.token));
    const breaking = bang === '!' || breakingFooter !== undefined;
    return {
        type: type.toLowerCase(),
        scope: scope === undefined || scope.trim() === '' ? undefined : scope.trim(),
        description: description.trim(),
        breaking,
        breakingNote: breakingFooter?.value ?? (breaking ? description.trim() : undefined),
        body,
        footers,
    };
}
/**
 * Footers start at the first line, after a blank line, that is a footer token, and run to the end;
 * a line that is not a new token continues the previous footer's value (multi-line footers).
 * A `BREAKING CHANGE:` line anywhere after the header's blank line is honoured too, since tools and
 * people often put it straight after the body without the blank line.
 */
function splitFooters(rest) {
    const lines = rest.split('\n');
    let start = -1;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const afterBlank = i === 0 || (lines[i - 1] ?? '').trim() === '';
        if (FOOTER.test(line) && (afterBlank || /^BREAKING[ -]CHANGE: /.test(line))) {
            // A footer block must consist only of footers and their continuation lines to the end,
            // except a breaking-change footer, which always starts one.
            if (/^BREAKING[ -]CHANGE: /.test(line) || isFooterBlock(lines, i)) {
                start = i;
                break;
            }
        }
    }
    if (start < 0)
        return { body: rest.trim(), footers: [] };
    const footers = [];
    for (const line of lines.slice(start)) {
        const m = FOOTER.exec(line);
        const last = footers[footers.length - 1];
        if (m)
            footers.push({ token: m[1] ?? '', value: (m[2] ?? '').trim() });
        else if (last !== undefined)
            last.value = `${last.value}\n${line}`.trimEnd();
    }
    return { body: lines.slice(0, start).join('\n').trim(), footers };
}
/** True when every paragraph from `start` on begins with a footer token (Git trailers style). */
function isFooterBlock(lines, start) {
    for (let i = start; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const afterBlank = (lines[i - 1] ?? '').trim() === '';
        if (i > start && afterBlank && line.trim() !== '' && !FOOTER.test(line))
            return false;
    }
    return true;
}
const conventional_DEFAULT_COMMIT_TYPES = {
    major: [],
    minor: ['feat'],
    patch: ['fix', 'perf', 'revert'],
};
function bumpForCommit(commit, rules) {
    if (commit.breaking)
        return 'major';
    if (rules.major.includes(commit.type))
        return 'major';
    if (rules.minor.includes(commit.type))
        return 'minor';
    if (rules.patch.includes(commit.type))
        return 'patch';
    return 'none';
}

;// CONCATENATED MODULE: ./packages/core/src/version/options.ts
/**
 * The typed options of the version calculation and the parser that builds them from raw inputs
 * (the action's `with:` block or the CLI's flags, action.yml defaults already applied).
 */




const DEFAULT_BUMP_LABELS = {
    major: ['major', 'semver:major'],
    minor: ['minor', 'semver:minor'],
    patch: ['patch', 'semver:patch'],
    skip: ['skip-release', 'no-release'],
};
/** The defaults of action.yml, for callers that compute a version without raw inputs (build-tag). */
function defaultVersionOptions(overrides = {}) {
    return {
        tagPrefix: 'v',
        paths: [],
        increment: undefined,
        bumpLabels: DEFAULT_BUMP_LABELS,
        conventionalCommits: true,
        commitTypes: DEFAULT_COMMIT_TYPES,
        majorPattern: undefined,
        minorPattern: undefined,
        defaultBump: undefined,
        initialVersion: '0.1.0',
        zeroMajorBreaking: 'minor',
        prerelease: undefined,
        prChannel: 'pr',
        branchChannels: [],
        buildMetadata: false,
        fetchDepthPolicy: 'deepen',
        previousFrom: 'merged',
        token: '',
        ...overrides,
    };
}
const BUMP_WORDS = ['major', 'minor', 'patch', 'none'];
function parseTagPrefix(get, name = 'tag-prefix') {
    const raw = get(name);
    // Not trimmed: a prefix with spaces is an error, not something to repair silently.
    const accepted = 'characters allowed in a git tag name (no spaces, none of ~ ^ : ? * [ \\, no "..", no "@{")';
    if (/\s/.test(raw) ||
        [...raw].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) ||
        /[~^:?*[\\]/.test(raw) ||
        raw.includes('..') ||
        raw.includes('@{')) {
        throw errors_inputError(name, raw, accepted, "The prefix is matched literally: 'v' matches v1.2.3, '' matches 1.2.3.");
    }
    if (raw.startsWith('/') || raw.startsWith('.') || raw.startsWith('-') || raw.includes('//') || raw.includes('/.')) {
        throw errors_inputError(name, raw, accepted);
    }
    return raw;
}
function bumpWord(name, raw, allowEmpty) {
    const value = raw.trim().toLowerCase();
    if (value === '' && allowEmpty)
        return undefined;
    const found = BUMP_WORDS.find((b) => b === value);
    if (found === undefined)
        throw errors_inputError(name, raw.trim(), `one of ${BUMP_WORDS.join(', ')}${allowEmpty ? ' or empty' : ''}`);
    return found;
}
function parseBumpLabels(get, name) {
    const result = { major: [], minor: [], patch: [], skip: [] };
    for (const line of splitList(get(name), false)) {
        const at = line.indexOf('=');
        const key = at < 0 ? '' : line.slice(0, at).trim().toLowerCase();
        const target = key === 'none' ? 'skip' : key;
        if (at <= 0 || !(target in result)) {
            throw errors_inputError(name, line, 'lines of the form <major|minor|patch|skip>=<label>[, <label>...]');
        }
        const labels = splitList(line.slice(at + 1)).map((l) => l.toLowerCase());
        result[target].push(...labels);
    }
    return result;
}
function parseTypes(get, name) {
    const types = splitList(get(name)).map((t) => t.toLowerCase());
    for (const t of types) {
        if (!/^[a-z][a-z0-9_-]*$/.test(t))
            throw errors_inputError(name, t, 'Conventional Commits types such as feat, fix, perf');
    }
    return types;
}
function parseChannel(name, raw) {
    if (!isChannelName(raw)) {
        throw errors_inputError(name, raw, 'a prerelease identifier: letters, digits and hyphens, not only digits (e.g. rc, beta)');
    }
    return raw;
}
function parseBranchChannels(get, name) {
    return splitList(get(name), false).map((line) => {
        const at = line.lastIndexOf('=');
        const glob = at < 0 ? '' : line.slice(0, at).trim();
        const channel = at < 0 ? '' : line.slice(at + 1).trim();
        if (glob === '' || channel === '')
            throw errors_inputError(name, line, 'lines of the form <branch glob>=<channel>, e.g. release/*=rc');
        if (!isChannelName(channel)) {
            throw errors_inputError(name, line, 'a channel of letters, digits and hyphens, not only digits (e.g. release/*=rc)');
        }
        return { glob, pattern: globToRegExp(glob), channel };
    });
}
/** Parses and validates every semver-calculate input; each error names its input. */
function parseSemverCalculateInputs(get) {
    const conventionalCommits = inputs_boolean(get, 'conventional-commits', true);
    const initialVersion = get('initial-version').trim() || '0.1.0';
    if (!isStrictSemver(initialVersion)) {
        throw errors_inputError('initial-version', initialVersion, 'a SemVer 2.0.0 version without prefix, e.g. 0.1.0 or 1.0.0');
    }
    const prerelease = optionalText(get, 'prerelease');
    const prChannel = optionalText(get, 'pr-channel');
    const minor = parseTypes(get, 'minor-types');
    const patch = parseTypes(get, 'patch-types');
    return {
        tagPrefix: parseTagPrefix(get),
        paths: splitList(get('paths')),
        increment: bumpWord('increment', get('increment'), true),
        bumpLabels: parseBumpLabels(get, 'bump-labels'),
        conventionalCommits,
        commitTypes: { major: parseTypes(get, 'major-types'), minor, patch },
        majorPattern: regex(get, 'major-pattern'),
        minorPattern: regex(get, 'minor-pattern'),
        defaultBump: bumpWord('default-bump', get('default-bump'), true),
        initialVersion,
        zeroMajorBreaking: oneOf(get, 'zero-major-breaking', ['minor', 'major'], 'minor'),
        prerelease: prerelease === undefined ? undefined : parseChannel('prerelease', prerelease),
        prChannel: prChannel === undefined ? undefined : parseChannel('pr-channel', prChannel),
        branchChannels: parseBranchChannels(get, 'branch-channels'),
        buildMetadata: inputs_boolean(get, 'build-metadata', false),
        fetchDepthPolicy: oneOf(get, 'fetch-depth-policy', ['deepen', 'fail'], 'deepen'),
        previousFrom: oneOf(get, 'previous-from', ['merged', 'all'], 'merged'),
        comment: inputs_boolean(get, 'comment', true),
        token: get('github-token').trim(),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/git/history.ts
/**
 * Reading release history from git: version tags (with `for-each-ref`, optionally `--merged`),
 * commits since a tag (streamed `git log -z`, one record at a time), and shallow-clone handling.
 */


/**
 * Tag names under `refs/tags/<prefix>` from one `for-each-ref` (names only: asking for peeled
 * objects would read every tag object, which costs seconds at 20k tags). With `mergedInto`, only
 * tags whose commit is an ancestor of (or equal to) that revision.
 */
async function listTags(cwd, prefix, options = {}) {
    const args = ['for-each-ref', '--format=%(refname:lstrip=2)'];
    if (options.mergedInto !== undefined)
        args.push(`--merged=${options.mergedInto}`);
    // The glob narrows git's work; the literal prefix check is done again here and by the parser.
    args.push(`refs/tags/${prefix}*`);
    const names = [];
    await gitStream(args, { cwd }, (line) => {
        if (line !== '' && line.startsWith(prefix))
            names.push(line);
    });
    return names;
}
/** The commits that tags point at (annotated tags peeled), in one `rev-parse`. */
async function peelTags(cwd, names) {
    const unique = [...new Set(names)];
    const peeled = new Map();
    if (unique.length === 0)
        return peeled;
    const out = await git_git(['rev-parse', ...unique.map((n) => `refs/tags/${n}^{commit}`)], { cwd });
    const shas = out.trim().split('\n');
    unique.forEach((n, i) => peeled.set(n, shas[i] ?? ''));
    return peeled;
}
/**
 * Streams commits reachable from `to` but not from `from` (all of `to`'s history when `from` is
 * undefined), newest first, limited to commits touching `paths` when given. One `git log -z`
 * process; each record is handed over and dropped, so memory stays flat however long the history.
 */
async function streamCommits(cwd, range, onCommit) {
    const rev = range.from === undefined ? range.to : `${range.from}..${range.to}`;
    const args = ['log', '-z', '--format=%H%x1f%P%x1f%B', rev, '--'];
    if (range.paths && range.paths.length > 0)
        args.push(...range.paths);
    await gitStream(args, { cwd }, (record) => {
        if (record === '')
            return;
        const a = record.indexOf('\x1f');
        const b = record.indexOf('\x1f', a + 1);
        if (a < 0 || b < 0)
            return;
        const parents = record.slice(a + 1, b);
        onCommit({
            sha: record.slice(0, a).replace(/^\n/, ''),
            parents: parents === '' ? [] : parents.split(' '),
            message: record.slice(b + 1).replace(/\n+$/, ''),
        });
    }, '\0');
}
/** Shallowness, HEAD's commit and branch, in one `rev-parse` (every process costs milliseconds). */
async function headFacts(cwd) {
    const result = await git_gitRaw(['rev-parse', '--is-shallow-repository', 'HEAD', '--symbolic-full-name', 'HEAD'], {
        cwd,
    });
    const [shallow = '', sha = '', ref = ''] = result.stdout.trim().split('\n');
    if (result.exitCode !== 0 || !/^[0-9a-f]{40,64}$/.test(sha)) {
        // Let git say what is wrong: not a repository (GIT_NOT_A_REPOSITORY), or no commit yet.
        await git_git(['rev-parse', '--is-shallow-repository'], { cwd });
        throw new ArtefactsError('GIT_FAILED', `Cannot resolve HEAD in ${cwd}: the repository has no commits yet.`, {
            hint: 'Commit something first, or run in the checked-out repository.',
        });
    }
    return {
        shallow: shallow === 'true',
        sha,
        branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
    };
}
async function revParse(cwd, rev) {
    return (await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd })).trim();
}
async function hasCommit(cwd, sha) {
    return (await git_gitRaw(['cat-file', '-e', `${sha}^{commit}`], { cwd })).exitCode === 0;
}
async function countCommits(cwd, from, to) {
    return Number((await git_git(['rev-list', '--count', `${from}..${to}`], { cwd })).trim());
}
async function currentBranch(cwd) {
    const result = await gitRaw(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}
async function isShallow(cwd) {
    const out = await git_git(['rev-parse', '--is-shallow-repository'], { cwd });
    return out.trim() === 'true';
}
async function hasRemote(cwd, remote) {
    const result = await git_gitRaw(['remote', 'get-url', remote], { cwd });
    return result.exitCode === 0;
}
/** Tag names on the remote under the prefix (`git ls-remote`, no objects transferred). */
async function remoteTagNames(cwd, remote, prefix) {
    const result = await git_gitRaw(['ls-remote', '--tags', '--refs', remote, `refs/tags/${prefix}*`], { cwd });
    if (result.exitCode !== 0)
        return undefined;
    return result.stdout
        .split('\n')
        .map((line) => line.split('\t')[1] ?? '')
        .filter((ref) => ref.startsWith('refs/tags/'))
        .map((ref) => ref.slice('refs/tags/'.length));
}
/**
 * Why the local history cannot be trusted when no version tag is found locally: version tags exist
 * on the remote but were not fetched (a clone with `--no-tags`, or `fetch-tags: false`). Undefined
 * when the remote has none either, or cannot be asked (then a warning says so).
 */
async function missingTagsReason(cwd, options) {
    const remote = options.remote ?? 'origin';
    if (!(await hasRemote(cwd, remote)))
        return undefined;
    const names = await remoteTagNames(cwd, remote, options.prefix);
    if (names === undefined) {
        options.logger.warning(`No version tags with prefix '${options.prefix}' exist locally and '${remote}' could not be asked for its tags; ` +
            'treating the repository as having no releases yet.');
        return undefined;
    }
    const missing = names.filter((n) => options.isVersionTag(n));
    return missing.length > 0 ? `${missing.length} version tag(s) exist on '${remote}' but not in this clone` : undefined;
}
/**
 * Makes history and tags complete before anything is computed from them. A shallow clone
 * (actions/checkout's default `fetch-depth: 1`) or a clone without tags would otherwise give a wrong
 * version with exit code 0. `deepen` fetches all history and tags from `origin` (commits and trees
 * only: `--filter=blob:none`); `fail` stops with GIT_SHALLOW.
 */
async function completeHistory(cwd, reason, options) {
    const remote = options.remote ?? 'origin';
    if (options.policy === 'fail') {
        throw new ArtefactsError('GIT_SHALLOW', `Cannot compute a version: ${reason}, so the previous release and the commits since it are unknown.`, {
            hint: "Use actions/checkout with 'fetch-depth: 0' (and 'fetch-tags: true'), or set fetch-depth-policy: deepen.",
        });
    }
    if (!(await hasRemote(cwd, remote))) {
        throw new ArtefactsError('GIT_SHALLOW', `Cannot deepen the clone: ${reason} and there is no '${remote}' remote.`, {
            hint: "Clone with full history ('fetch-depth: 0').",
        });
    }
    await options.logger.group(`Fetching history and tags from '${remote}': ${reason}`, async () => {
        const shallow = await isShallow(cwd);
        const args = ['fetch', '--quiet', '--tags', '--force', '--filter=blob:none', ...(shallow ? ['--unshallow'] : [])];
        const result = await git_gitRaw([...args, remote], { cwd });
        if (result.exitCode !== 0) {
            const detail = result.stderr.trim().split('\n').slice(-3).join(' ');
            throw new ArtefactsError('GIT_SHALLOW', `Fetching history and tags from '${remote}' failed: ${detail}`, {
                hint: "Check the checkout's credentials (persist-credentials), or clone with 'fetch-depth: 0'.",
            });
        }
        if (await isShallow(cwd)) {
            throw new ArtefactsError('GIT_SHALLOW', `The clone is still shallow after fetching from '${remote}'.`, {
                hint: "Clone with 'fetch-depth: 0'.",
            });
        }
        options.logger.info(`Fetched full history and tags from '${remote}'.`);
    });
}

;// CONCATENATED MODULE: ./packages/core/src/github/comments.ts

function stickyMarker(action) {
    return `<!-- immutable-artefacts:${action} -->`;
}
/**
 * Creates or updates the comment carrying `marker` on PR `number`. A read-only token (fork pull
 * requests) is not a failure: the result says `skipped` with the reason, for a notice.
 */
async function upsertStickyComment(api, number, marker, body, logger) {
    const text = body.includes(marker) ? body : `${marker}\n${body}`;
    try {
        const comments = await api.paginate(api.repoPath(`/issues/${number}/comments`), `list the comments of pull request #${number}`);
        // Our own comment is a bot's; a person quoting the marker must not have their comment edited.
        const marked = comments.filter((c) => typeof c.body === 'string' && c.body.includes(marker));
        const existing = marked.find((c) => c.user?.type === 'Bot') ?? marked.find((c) => (c.body ?? '').startsWith(marker));
        if (existing !== undefined) {
            if (existing.body === text)
                return { status: 'unchanged', id: existing.id };
            await api.request('PATCH', api.repoPath(`/issues/comments/${existing.id}`), {
                body: { body: text },
                permission: 'pull-requests: write',
                what: `update the preview comment on pull request #${number}`,
            });
            logger?.info(`Updated the preview comment on pull request #${number}.`);
            return { status: 'updated', id: existing.id };
        }
        const created = await api.request('POST', api.repoPath(`/issues/${number}/comments`), {
            body: { body: text },
            permission: 'pull-requests: write',
            what: `comment on pull request #${number}`,
        });
        logger?.info(`Created the preview comment on pull request #${number}.`);
        return { status: 'created', id: created.data.id };
    }
    catch (error) {
        if (error instanceof GitHubApiError && (error.status === 403 || error.status === 401)) {
            return {
                status: 'skipped',
                reason: `the token cannot write comments (${error.status}); fork pull requests get a read-only token`,
            };
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/github/pulls.ts
/**
 * The pull request whose merge produced `sha` (a merge, squash or rebase commit pushed to a branch),
 * through `GET /repos/{o}/{r}/commits/{sha}/pulls`. Open PRs that merely contain the commit are
 * not it: only a PR whose `merge_commit_sha` is `sha` counts.
 */
async function pullRequestForMergeCommit(api, sha) {
    const response = await api.request('GET', api.repoPath(`/commits/${sha}/pulls`), {
        what: `find the pull request that produced ${sha.slice(0, 7)}`,
    });
    const pull = (response.data ?? []).find((p) => p.merge_commit_sha === sha);
    if (pull === undefined)
        return undefined;
    return {
        number: pull.number,
        labels: (pull.labels ?? []).map((l) => l.name).filter((n) => typeof n === 'string'),
        mergeCommitSha: pull.merge_commit_sha ?? undefined,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/version/report.ts
const GROUPS = [
    { key: 'breaking', title: 'Breaking changes' },
    { key: 'feat', title: 'Features' },
    { key: 'fix', title: 'Bug fixes' },
    { key: 'perf', title: 'Performance' },
    { key: 'revert', title: 'Reverts' },
];
function escapeMarkdown(text) {
    return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}
function line(c) {
    const cc = c.conventional;
    const text = cc
        ? `${cc.scope ? `**${escapeMarkdown(cc.scope)}:** ` : ''}${escapeMarkdown(cc.description)}`
        : escapeMarkdown(c.subject);
    const shown = text.length > 200 ? `${text.slice(0, 200)}…` : text;
    return `- ${shown} (${c.sha.slice(0, 7)})`;
}
/** Commits since the previous tag as a markdown list grouped by type; merge commits left out. */
function renderChangelog(commits, total) {
    const groups = new Map();
    const add = (key, text) => groups.set(key, [...(groups.get(key) ?? []), text]);
    for (const c of commits) {
        if (c.isMerge && c.conventional === undefined)
            continue;
        const cc = c.conventional;
        if (cc?.breaking)
            add('breaking', line(c));
        else if (cc)
            add(cc.type, line(c));
        else
            add('other', line(c));
    }
    const sections = [];
    for (const g of GROUPS) {
        const items = groups.get(g.key);
        if (items)
            sections.push(`### ${g.title}\n\n${items.join('\n')}`);
    }
    for (const [key, items] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
        if (GROUPS.some((g) => g.key === key) || key === 'other')
            continue;
        sections.push(`### ${key}\n\n${items.join('\n')}`);
    }
    const other = groups.get('other');
    if (other)
        sections.push(`### Other changes\n\n${other.join('\n')}`);
    if (total > commits.length)
        sections.push(`…and ${total - commits.length} earlier commits.`);
    return sections.join('\n\n');
}
/** The job summary, also the body of the sticky PR comment. */
function renderSummary(result, options) {
    const previous = result.previousTag ? `\`${result.previousTag}\`` : '_none_';
    const next = `\`${result.versionTag}\``;
    const lines = ['## Version', ''];
    if (result.pullRequest !== undefined) {
        lines.push(result.bump === 'none'
            ? `Merging pull request #${result.pullRequest} releases **nothing** (stays at ${previous}).`
            : `Merging pull request #${result.pullRequest} releases **\`${options.tagPrefix}${result.releaseVersion}\`** (${previous} → \`${options.tagPrefix}${result.releaseVersion}\`).`, '');
        if (result.isPrerelease)
            lines.push(`This pull request's builds are versioned **${next}**.`, '');
    }
    else if (result.isTagged) {
        lines.push(`HEAD is already tagged ${next}: released as-is.`, '');
    }
    else if (result.bump === 'none' && result.previousTag !== undefined) {
        lines.push(`**No release**: nothing releasable since ${previous}.`, '');
    }
    else {
        lines.push(`${previous} → **${next}**`, '');
    }
    lines.push('| | |', '| --- | --- |', `| Version | \`${result.version}\` |`, `| Previous | ${result.previousVersion ? `\`${result.previousVersion}\`` : '_none_'} |`, `| Bump | ${result.bump} (from ${result.bumpSource}) |`, `| Prerelease | ${result.prerelease ? `\`${result.prerelease}\`` : '_no_'} |`, `| Commits since previous | ${result.commitsSince} |`, `| Commit | \`${result.sha.slice(0, 7)}\` |`);
    if (result.labels.length > 0)
        lines.push(`| Labels | ${result.labels.map((l) => `\`${escapeMarkdown(l)}\``).join(', ')} |`);
    lines.push('', '**Why:**', '', ...result.reasons.map((r) => `- ${escapeMarkdown(r)}`));
    if (result.assumptions.length > 0) {
        lines.push('', `<sub>Assumed: ${result.assumptions.map(escapeMarkdown).join('; ')}.</sub>`);
    }
    if (result.changelog !== '') {
        lines.push('', '<details><summary>Changes since the previous release</summary>', '', result.changelog, '', '</details>');
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/version/calculate.ts










/** Commits kept for the changelog and the reasons; counting goes on past it. */
const KEEP_COMMITS = 250;
const REASON_LINES = 10;
function readContext(environment, gitBranch) {
    const { github } = environment;
    const assumptions = [];
    const isPrEvent = github !== undefined && /^pull_request/.test(github.eventName) && github.pullRequest !== undefined;
    if (isPrEvent && github?.pullRequest) {
        const pr = github.pullRequest;
        assumptions.push(`pull request #${pr.number} (${pr.headRef} → ${pr.baseRef}), head ${pr.headSha.slice(0, 7)}`);
        return {
            branch: pr.headRef || undefined,
            tagRef: undefined,
            pr: { number: pr.number, headSha: pr.headSha, baseSha: pr.baseSha, labels: pr.labels },
            assumptions,
        };
    }
    if (github !== undefined) {
        const branch = github.ref.startsWith('refs/heads/') ? github.ref.slice('refs/heads/'.length) : undefined;
        const tagRef = github.ref.startsWith('refs/tags/') ? github.ref.slice('refs/tags/'.length) : undefined;
        assumptions.push(`${github.eventName} event; ${branch ? `branch ${branch}` : tagRef ? `tag ${tagRef}` : `ref ${github.ref || 'unknown'}`}`);
        return { branch, tagRef, pr: undefined, assumptions };
    }
    const fromGit = gitBranch;
    // Other CI systems check out a detached HEAD and name the branch in the environment.
    const ciVariable = ['CI_COMMIT_BRANCH', 'BUILDKITE_BRANCH', 'CIRCLE_BRANCH', 'BRANCH_NAME'].find((name) => (environment.env[name] ?? '') !== '');
    const branch = fromGit ?? (ciVariable === undefined ? undefined : environment.env[ciVariable]);
    const where = fromGit
        ? `branch ${fromGit} from git`
        : branch
            ? `detached HEAD; branch ${branch} from ${ciVariable ?? ''}`
            : 'detached HEAD, no branch known';
    assumptions.push(`not a pull request (no GitHub context); ${where}`);
    return { branch, tagRef: undefined, pr: undefined, assumptions };
}
async function resolveTarget(cwd, ctx, headSha, environment) {
    if (ctx.pr !== undefined && ctx.pr.headSha !== '') {
        const head = ctx.pr.headSha;
        if (!(await hasCommit(cwd, head))) {
            environment.logger.info(`The PR head ${head.slice(0, 7)} is not in the clone; fetching it from origin.`);
            await git_gitRaw(['fetch', '--quiet', '--filter=blob:none', 'origin', head], { cwd });
            if (!(await hasCommit(cwd, head))) {
                throw new ArtefactsError('GIT_FAILED', `The pull request head ${head} is not in the clone and could not be fetched from origin.`, {
                    hint: "Use actions/checkout with 'fetch-depth: 0', or check out the PR head (ref: ${{ github.event.pull_request.head.sha }}).",
                });
            }
        }
        return head;
    }
    return headSha;
}
function parseTags(names, prefix, environment) {
    const parsed = [];
    let ignored = 0;
    for (const name of names) {
        const version = parseTag(name, prefix);
        if (version === undefined) {
            if (ignored++ < 20)
                environment.logger.debug(`Ignoring tag '${name}': not '${prefix}' followed by a SemVer version.`);
            continue;
        }
        parsed.push({ tag: name, version });
    }
    if (ignored > 20)
        environment.logger.debug(`Ignored ${ignored} tags in all that are not versions.`);
    return parsed;
}
function highest(tags, filter) {
    let best;
    for (const t of tags)
        if (filter(t) && (best === undefined || t.version.compare(best.version) > 0))
            best = t;
    return best;
}
function classify(message, sha, parents, options) {
    const subject = message.split('\n', 1)[0]?.trim() ?? '';
    const isMerge = parents > 1;
    const conventional = options.conventionalCommits ? parseConventionalCommit(message) : undefined;
    const base = { sha, subject, isMerge, conventional };
    if (conventional !== undefined) {
        return { ...base, bump: bumpForCommit(conventional, options.commitTypes), source: 'conventional-commits' };
    }
    if (options.majorPattern?.test(message))
        return { ...base, bump: 'major', source: 'patterns' };
    if (options.minorPattern?.test(message))
        return { ...base, bump: 'minor', source: 'patterns' };
    const fallback = options.defaultBump ?? (options.conventionalCommits ? 'none' : 'patch');
    return { ...base, bump: fallback, source: 'default-bump' };
}
function slim(c) {
    const cc = c.conventional;
    const subject = c.subject.length > 300 ? `${c.subject.slice(0, 300)}…` : c.subject;
    if (cc === undefined)
        return { ...c, subject };
    const { type, scope, description, breaking } = cc;
    return { ...c, subject, conventional: { type, scope, description, breaking } };
}
const SOURCE_ORDER = ['conventional-commits', 'patterns', 'default-bump'];
function describeCommit(c) {
    const why = c.source === 'conventional-commits'
        ? c.conventional?.breaking
            ? 'breaking change'
            : `type ${c.conventional?.type ?? ''}`
        : c.source === 'patterns'
            ? `matches the ${c.bump}-pattern`
            : 'default bump for commits matching nothing';
    const subject = c.subject.length > 100 ? `${c.subject.slice(0, 100)}…` : c.subject;
    return `${c.sha.slice(0, 7)} ${subject} (${why})`;
}
function channelFor(options, ctx) {
    if (ctx.pr !== undefined)
        return options.prChannel === undefined ? undefined : { channel: options.prChannel, kind: 'pr' };
    if (options.prerelease !== undefined)
        return { channel: options.prerelease, kind: 'forced' };
    if (ctx.branch !== undefined) {
        const match = options.branchChannels.find((c) => c.pattern.test(ctx.branch ?? ''));
        if (match)
            return { channel: match.channel, kind: 'branch' };
    }
    return undefined;
}
/**
 * Computes the version for the checked-out commit (the PR head on pull requests). Reads git in
 * `environment.cwd`, deepening a shallow clone first (or failing, per `fetchDepthPolicy`), and asks
 * GitHub for the labels of the PR behind a pushed merge commit when a token is given.
 */
async function calculateVersion(options, environment) {
    const { cwd, logger } = environment;
    const prefix = options.tagPrefix;
    const isVersionTag = (name) => parseTag(name, prefix) !== undefined;
    const head = await headFacts(cwd);
    const partial = readContext(environment, head.branch);
    let deepened = false;
    if (head.shallow) {
        await completeHistory(cwd, 'the clone is shallow (actions/checkout fetches one commit by default)', {
            policy: options.fetchDepthPolicy,
            logger,
        });
        deepened = true;
    }
    const sha = await resolveTarget(cwd, partial, head.sha, environment);
    const ctx = { ...partial, sha };
    const channel = channelFor(options, ctx);
    let merged = parseTags(await listTags(cwd, prefix, { mergedInto: sha }), prefix, environment);
    if (merged.length === 0 && !deepened) {
        // No release reachable from HEAD: a repository never released, or a clone without its tags.
        const local = parseTags(await listTags(cwd, prefix), prefix, environment);
        const reason = local.length === 0 ? await missingTagsReason(cwd, { prefix, isVersionTag, logger }) : undefined;
        if (reason !== undefined) {
            await completeHistory(cwd, reason, { policy: options.fetchDepthPolicy, logger });
            deepened = true;
            merged = parseTags(await listTags(cwd, prefix, { mergedInto: sha }), prefix, environment);
        }
    }
    const assumptions = [...ctx.assumptions];
    if (deepened)
        assumptions.push('the clone was shallow or missing tags: fetched history and tags from origin');
    for (const line of assumptions)
        logger.info(`Assuming ${line}.`);
    const needAll = options.previousFrom === 'all' || (channel !== undefined && channel.kind !== 'pr');
    const all = needAll ? parseTags(await listTags(cwd, prefix), prefix, environment) : merged;
    const pool = options.previousFrom === 'all' ? all : merged;
    logger.debug(`${merged.length} version tags merged into ${sha.slice(0, 7)}; ${all.length} in the repository.`);
    // HEAD already released: output that version as-is.
    const tagged = ctx.pr === undefined ? await taggedAtHead(cwd, merged, sha, ctx.tagRef, channel?.channel) : undefined;
    const previousStable = highest(pool, (t) => t.version.prerelease.length === 0 && (tagged === undefined || t.version.compare(tagged.version) < 0));
    // Commits since the previous stable release, streamed; prerelease tags never count as previous.
    const kept = [];
    let commitsSince = 0;
    let commitBump = 'none';
    let commitSource;
    const deciding = [];
    await streamCommits(cwd, {
        ...(previousStable ? { from: `refs/tags/${previousStable.tag}` } : {}),
        to: sha,
        paths: options.paths,
    }, (commit) => {
        commitsSince++;
        const c = classify(commit.message, commit.sha, commit.parents.length, options);
        if (kept.length < KEEP_COMMITS)
            kept.push(slim(c));
        const order = compareBumps(c.bump, commitBump);
        if (order > 0 ||
            (order === 0 &&
                c.bump !== 'none' &&
                commitSource !== undefined &&
                SOURCE_ORDER.indexOf(c.source) < SOURCE_ORDER.indexOf(commitSource))) {
            commitBump = c.bump;
            commitSource = c.source;
            deciding.length = 0;
        }
        if (c.bump === commitBump && c.bump !== 'none' && c.source === commitSource && deciding.length < REASON_LINES)
            deciding.push(slim(c));
    });
    const changelog = renderChangelog(kept, commitsSince);
    const common = {
        previousVersion: previousStable?.version.version,
        previousTag: previousStable?.tag,
        commitsSince,
        changelog,
        sha,
        branch: ctx.branch,
        pullRequest: ctx.pr?.number,
        assumptions,
        deepened,
    };
    if (tagged !== undefined) {
        const v = tagged.version;
        logger.info(`HEAD is tagged ${tagged.tag}: using ${v.version} as-is.`);
        return {
            ...common,
            version: v.version,
            versionTag: tagged.tag,
            releaseVersion: releaseOf(v),
            bump: 'none',
            bumpSource: 'tag',
            major: v.major,
            minor: v.minor,
            patch: v.patch,
            prerelease: v.prerelease.join('.'),
            build: v.build.join('.'),
            isPrerelease: v.prerelease.length > 0,
            isTagged: true,
            reasons: [`HEAD already carries the tag ${tagged.tag}`],
            labels: [],
            channel: v.prerelease.length > 0 ? String(v.prerelease[0]) : undefined,
        };
    }
    // Labels: from the PR payload, or from the PR that produced a pushed merge commit.
    const labels = await labelsFor(options, environment, ctx, assumptions);
    const lowered = labels.map((l) => l.toLowerCase());
    const has = (list) => lowered.filter((l) => list.includes(l));
    let bump;
    let bumpSource;
    const reasons = [];
    const skip = has(options.bumpLabels.skip);
    const labelBumps = ['major', 'minor', 'patch'].filter((b) => has(options.bumpLabels[b]).length > 0);
    if (options.increment !== undefined) {
        bump = options.increment;
        bumpSource = 'increment';
        reasons.push(`explicit increment: ${options.increment}`);
    }
    else if (skip.length > 0) {
        bump = 'none';
        bumpSource = 'skip-label';
        reasons.push(`label ${skip.map((l) => `"${l}"`).join(', ')}: no release`);
    }
    else if (labelBumps.length > 0) {
        bump = labelBumps.reduce((a, b) => maxBump(a, b), 'none');
        bumpSource = 'labels';
        for (const b of labelBumps)
            reasons.push(`label ${has(options.bumpLabels[b])
                .map((l) => `"${l}"`)
                .join(', ')}: ${b}`);
    }
    else if (commitsSince === 0) {
        bump = 'none';
        bumpSource = 'no-commits';
        reasons.push(`no commits since ${previousStable?.tag ?? 'the beginning'}${options.paths.length ? ` touching ${options.paths.join(', ')}` : ''}`);
    }
    else if (commitBump === 'none' || commitSource === undefined) {
        bump = 'none';
        bumpSource = 'no-releasable-commits';
        reasons.push(`${commitsSince} commit(s) since ${previousStable?.tag ?? 'the beginning'}, none releasable`);
    }
    else {
        bump = commitBump;
        bumpSource = commitSource;
        reasons.push(...deciding.map(describeCommit));
    }
    let release;
    let releaseBump = bump;
    if (previousStable === undefined) {
        release = options.initialVersion.replace(/\+.*$/, '');
        bumpSource = bumpSource === 'increment' ? bumpSource : 'initial-version';
        reasons.push(`no previous stable version tag with prefix '${prefix}': initial version ${release}`);
        // Prereleases before the first stable release (1.0.0-rc.2): the first release graduates them.
        const candidate = highest(merged, (t) => t.version.prerelease.length > 0);
        if (candidate !== undefined && greater(releaseOf(candidate.version), release)) {
            release = releaseOf(candidate.version);
            reasons.push(`graduates the prerelease ${candidate.tag} to ${release}`);
        }
    }
    else {
        // The 0.x rule applies to breaking changes found in commits and labels; an explicit
        // `increment: major` is the deliberate way out of 0.x.
        const zeroRule = bumpSource === 'increment' ? 'major' : options.zeroMajorBreaking;
        release = applyBump(previousStable.version, bump, { zeroMajorBreaking: zeroRule });
        if (bump === 'major' && previousStable.version.major === 0 && zeroRule === 'minor') {
            releaseBump = 'minor';
            reasons.push(`0.x rule: a breaking change in ${previousStable.version.version} bumps minor (zero-major-breaking: minor)`);
        }
        // Graduation: prereleases of a higher version merged here are release candidates of this release.
        if (bump !== 'none') {
            const candidate = highest(merged, (t) => t.version.prerelease.length > 0 && greater(releaseOf(t.version), release));
            if (candidate !== undefined && greater(releaseOf(candidate.version), previousStable.version)) {
                release = releaseOf(candidate.version);
                releaseBump = bumpBetween(previousStable.version, release);
                reasons.push(`graduates the prerelease ${candidate.tag} to ${release}`);
            }
        }
    }
    const noRelease = previousStable !== undefined && bump === 'none';
    if (noRelease)
        release = releaseOf(previousStable.version);
    // Prerelease channels.
    let prerelease = '';
    if (channel !== undefined && !noRelease) {
        if (channel.kind === 'pr' && ctx.pr !== undefined) {
            const base = ctx.pr.baseSha !== '' && (await hasCommit(cwd, ctx.pr.baseSha)) ? ctx.pr.baseSha : undefined;
            const since = base === undefined ? commitsSince : await countCommits(cwd, base, sha);
            if (base === undefined)
                assumptions.push('the PR base commit is not in the clone: counted commits since the previous tag');
            prerelease = `${channel.channel}.${ctx.pr.number}.${since}`;
        }
        else {
            const counter = nextChannelCounter(release, channel.channel, all.map((t) => t.version));
            prerelease = `${channel.channel}.${counter}`;
            reasons.push(`channel ${channel.channel}${channel.kind === 'branch' ? ` (branch ${ctx.branch ?? ''})` : ''}: prerelease ${counter}`);
        }
    }
    const build = options.buildMetadata ? `sha.${sha.slice(0, 7)}` : '';
    const version = `${release}${prerelease ? `-${prerelease}` : ''}${build ? `+${build}` : ''}`;
    const parsed = parseVersion(version);
    if (parsed === undefined)
        throw new ArtefactsError('INTERNAL', `Computed an invalid version '${version}'.`);
    return {
        ...common,
        version,
        versionTag: `${prefix}${version}`,
        releaseVersion: release,
        bump: noRelease ? 'none' : releaseBump,
        bumpSource,
        major: parsed.major,
        minor: parsed.minor,
        patch: parsed.patch,
        prerelease,
        build,
        isPrerelease: prerelease !== '',
        isTagged: false,
        reasons,
        labels,
        channel: prerelease === '' ? undefined : channel?.channel,
    };
}
/**
 * The version tag HEAD carries, if any: the pushed tag on a tag push, else the highest stable
 * version merged into HEAD, else the highest prerelease on this run's channel, when it points at
 * HEAD. Only these few candidates are peeled (one rev-parse), never all tags.
 */
async function taggedAtHead(cwd, merged, sha, tagRef, channel) {
    const candidates = [
        merged.find((t) => t.tag === tagRef),
        highest(merged, (t) => t.version.prerelease.length === 0),
        channel === undefined ? undefined : highest(merged, (t) => t.version.prerelease[0] === channel),
    ].filter((t) => t !== undefined);
    if (candidates.length === 0)
        return undefined;
    const commits = await peelTags(cwd, candidates.map((t) => t.tag));
    return candidates.find((t) => commits.get(t.tag) === sha);
}
async function labelsFor(options, environment, ctx, assumptions) {
    if (ctx.pr !== undefined)
        return [...ctx.pr.labels];
    const github = environment.github;
    if (github === undefined || github.eventName !== 'push' || ctx.branch === undefined)
        return [];
    if (options.token === '') {
        assumptions.push('no github-token: labels of the pull request behind this push not looked up');
        return [];
    }
    const api = new GitHubApi({
        apiUrl: github.apiUrl,
        token: options.token,
        owner: github.owner,
        repo: github.repo,
        logger: environment.logger,
        // The labels refine the bump; a flaky API gets one retry, then a warning and the commits decide.
        retries: 1,
    });
    try {
        const pull = await pullRequestForMergeCommit(api, ctx.sha);
        if (pull === undefined) {
            environment.logger.debug(`${ctx.sha.slice(0, 7)} was not produced by merging a pull request.`);
            return [];
        }
        const line = `this push is the merge of pull request #${pull.number} (labels from the API)`;
        environment.logger.info(`Assuming ${line}: labels ${pull.labels.join(', ') || '(none)'}.`);
        assumptions.push(line);
        return [...pull.labels];
    }
    catch (error) {
        environment.logger.warning(`Could not look up the pull request behind ${ctx.sha.slice(0, 7)} (${describeError(error)}); ` +
            'its labels are not considered, the bump comes from the commits.');
        return [];
    }
}
/** Every output, as strings. */
function versionOutputs(result) {
    const outputs = {
        version: result.version,
        'version-tag': result.versionTag,
        'release-version': result.releaseVersion,
        'previous-version': result.previousVersion ?? '',
        'previous-tag': result.previousTag ?? '',
        bump: result.bump,
        'bump-source': result.bumpSource,
        major: String(result.major),
        minor: String(result.minor),
        patch: String(result.patch),
        prerelease: result.prerelease,
        build: result.build,
        'is-prerelease': String(result.isPrerelease),
        'is-tagged': String(result.isTagged),
        'commits-since': String(result.commitsSince),
        changelog: result.changelog,
    };
    outputs.json = JSON.stringify({
        ...Object.fromEntries(Object.entries(outputs).filter(([k]) => k !== 'changelog')),
        major: result.major,
        minor: result.minor,
        patch: result.patch,
        'is-prerelease': result.isPrerelease,
        'is-tagged': result.isTagged,
        'commits-since': result.commitsSince,
        changelog: result.changelog,
        reasons: result.reasons,
        labels: result.labels,
        sha: result.sha,
        branch: result.branch ?? null,
        'pull-request': result.pullRequest ?? null,
        channel: result.channel ?? null,
        assumptions: result.assumptions,
    });
    return outputs;
}
const SEMVER_CALCULATE_MARKER = stickyMarker('semver-calculate');
/** The semver-calculate action: the version, its outputs, the job summary and the sticky PR comment. */
async function semverCalculate(inputs, environment) {
    const { logger, github } = environment;
    const result = await calculateVersion(inputs, environment);
    logger.info(`${result.previousVersion ?? '(none)'} → ${result.version} (bump ${result.bump}, from ${result.bumpSource})`);
    const summary = renderSummary(result, inputs);
    const pr = github?.pullRequest;
    if (pr !== undefined && github !== undefined && /^pull_request/.test(github.eventName) && inputs.comment) {
        // pull_request_target runs with the base repository's token, which can comment on forks' PRs.
        if (pr.isFork && github.eventName !== 'pull_request_target') {
            logger.notice('Fork pull request: its token is read-only, so the version preview is in the job summary only.');
        }
        else if (inputs.token === '') {
            logger.notice('No github-token: the version preview is in the job summary only.');
        }
        else {
            const api = new GitHubApi({
                apiUrl: github.apiUrl,
                token: inputs.token,
                owner: github.owner,
                repo: github.repo,
                logger,
            });
            const outcome = await upsertStickyComment(api, pr.number, SEMVER_CALCULATE_MARKER, summary, logger).catch((error) => {
                logger.warning(`Could not write the preview comment on pull request #${pr.number}: ${describeError(error)}`);
                return undefined;
            });
            if (outcome?.status === 'skipped') {
                logger.notice(`The version preview is in the job summary only: ${outcome.reason}.`);
            }
        }
    }
    return { outputs: versionOutputs(result), summary };
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts

















/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(698);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

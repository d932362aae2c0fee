import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9909:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(7921)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(7415)
const { safeRe: re, t } = __nccwpck_require__(889)

const parseOptions = __nccwpck_require__(6342)
const { compareIdentifiers } = __nccwpck_require__(7150)

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

/***/ 7415:
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

/***/ 7921:
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

/***/ 7150:
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

/***/ 6342:
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
} = __nccwpck_require__(7415)
const debug = __nccwpck_require__(7921)
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

/***/ 2320:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ startEarlyQueries)
/* harmony export */ });
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8608);
/* harmony import */ var _shared_src_workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4402);
/**
 * What the entry reads before the rest of the bundle is loaded, to start the calculation's first git
 * queries (core's early-queries.ts) while that loading happens. The tag prefix read here is a hint:
 * the inputs are parsed in inputs.ts, and the queries are used only if they match what was parsed.
 */


function startEarlyQueries() {
    // The runner passes each input as INPUT_<NAME> (action.yml's default applied); getInput trims it.
    return (0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .startVersionQueries */ .n)((0,_shared_src_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .actionCwd */ .t)(), (process.env['INPUT_TAG-PREFIX'] ?? '').trim());
}


/***/ }),

/***/ 1767:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _early_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2320);

// git's first two queries run while the rest of the bundle (@actions/core, core) is loaded.
const early = (0,_early_js__WEBPACK_IMPORTED_MODULE_0__/* .startEarlyQueries */ .u)();
const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(404), __nccwpck_require__.e(888)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3580));
await main(early);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4402:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ actionCwd)
/* harmony export */ });
/**
 * Where an action runs: the runner starts it in GITHUB_WORKSPACE (the checkout). Apart from the
 * runner module so that an entry can ask before @actions/core and the rest of its bundle are loaded.
 */
function actionCwd() {
    return process.env.GITHUB_WORKSPACE || process.cwd();
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ ArtefactsError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   cs: () => (/* binding */ isArtefactsError)
/* harmony export */ });
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
function inputError(input, given, accepted, hint) {
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


/***/ }),

/***/ 553:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $Y: () => (/* binding */ git),
  Pm: () => (/* binding */ gitRaw),
  dP: () => (/* binding */ gitStream),
  Bc: () => (/* binding */ startGitRecords)
});

// UNUSED EXPORTS: commitTime

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/git/git.ts


function gitEnv(extra) {
    return { ...process.env, ...extra, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}
/** Runs git and returns its output; never throws for a non-zero exit. */
function gitRaw(args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, { cwd: options.cwd, env: gitEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => reject(new errors/* ArtefactsError */.E('GIT_FAILED', `Cannot run git: ${error.message}`, { hint: 'Is git installed and on PATH?' })));
        child.on('close', (code) => resolve({
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
            exitCode: code ?? 1,
        }));
    });
}
/** Runs git and returns stdout; throws a GIT_FAILED error naming the command on a non-zero exit. */
async function git(args, options) {
    const result = await gitRaw(args, options);
    if (result.exitCode !== 0) {
        const detail = result.stderr.trim().split('\n').slice(-3).join(' ');
        if (/not a git repository/i.test(detail)) {
            throw new errors/* ArtefactsError */.E('GIT_NOT_A_REPOSITORY', `${options.cwd} is not a git repository.`, {
                hint: 'Check out the repository first (actions/checkout), or run from inside a clone.',
            });
        }
        throw new errors/* ArtefactsError */.E('GIT_FAILED', `git ${args[0] ?? ''} failed (exit ${result.exitCode}): ${detail}`);
    }
    return result.stdout;
}
function startGitRecords(args, options) {
    const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, { cwd: options.cwd, env: gitEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    const err = [];
    child.stderr.on('data', (chunk) => err.push(chunk));
    const closed = new Promise((resolve, reject) => {
        child.on('error', (error) => reject(new errors/* ArtefactsError */.E('GIT_FAILED', `Cannot run git: ${error.message}`)));
        child.on('close', (code) => resolve(code ?? 1));
    });
    // A cancelled process is never awaited: its failure (git missing, a bad range) is nobody's error.
    closed.catch(() => undefined);
    // Node resumes (and so discards) an exited child's stdout that nothing listens to; a 'readable'
    // listener keeps output that is not read yet buffered, up to the stream's high-water mark.
    child.stdout.on('readable', () => undefined);
    let reading = false;
    return {
        cancel() {
            if (!reading && child.exitCode === null)
                child.kill();
        },
        async read(onRecord, separator = '\n') {
            if (reading)
                throw new Error('GitRecords.read called twice');
            reading = true;
            // Records are split out of each chunk synchronously: iterating a readline interface costs a
            // promise per line, which at 20k tag names was most of the listing's time in this process.
            child.stdout.setEncoding('utf8');
            const crlf = separator === '\n';
            let stopped = false;
            let pending = '';
            for await (const chunk of child.stdout) {
                pending = pending === '' ? chunk : pending + chunk;
                let start = 0;
                let at;
                while ((at = pending.indexOf(separator, start)) >= 0) {
                    const end = crlf && at > start && pending.charCodeAt(at - 1) === 13 ? at - 1 : at;
                    const record = pending.slice(start, end);
                    start = at + separator.length;
                    if (onRecord(record) === 'stop') {
                        stopped = true;
                        break;
                    }
                }
                pending = pending.slice(start);
                if (stopped) {
                    child.kill();
                    break;
                }
            }
            if (!stopped && pending !== '')
                onRecord(crlf && pending.endsWith('\r') ? pending.slice(0, -1) : pending);
            const code = await closed;
            if (!stopped && code !== 0) {
                const detail = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-3).join(' ');
                throw new errors/* ArtefactsError */.E('GIT_FAILED', `git ${args[0] ?? ''} failed (exit ${code}): ${detail}`);
            }
        },
    };
}
/** Runs git and streams its stdout as records (see `GitRecords.read`). */
function gitStream(args, options, onRecord, separator = '\n') {
    return startGitRecords(args, options).read(onRecord, separator);
}
/** The committer time of `revision` (default HEAD); undefined outside a repository or before the first commit. */
async function commitTime(cwd, revision = 'HEAD') {
    const shown = await gitRaw(['show', '-s', '--format=%ct', `${revision}^{commit}`], { cwd }).catch(() => undefined);
    const out = shown?.exitCode === 0 ? shown.stdout.trim() : '';
    return /^\d+$/.test(out) ? new Date(Number(out) * 1000) : undefined;
}


/***/ }),

/***/ 1150:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ completeHistory),
/* harmony export */   F6: () => (/* binding */ hasRemote),
/* harmony export */   QE: () => (/* binding */ hasCommit),
/* harmony export */   Tp: () => (/* binding */ streamCommits),
/* harmony export */   Wt: () => (/* binding */ countCommits),
/* harmony export */   Yt: () => (/* binding */ prefetchCommits),
/* harmony export */   k2: () => (/* binding */ headFacts)
/* harmony export */ });
/* unused harmony exports resolveCommit, isShallow */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7638);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(553);
/**
 * Reading plain history from git: commits since a revision (streamed `git log -z`, one record at a
 * time), HEAD, and shallow-clone handling. Version tags are read in version/version-tags.ts.
 */


function logArgs(range) {
    const rev = range.from === undefined ? range.to : `${range.from}..${range.to}`;
    const args = ['log', '-z', '--format=%H%x1f%P%x1f%B', rev, '--'];
    if (range.paths && range.paths.length > 0)
        args.push(...range.paths);
    return args;
}
function sameRange(a, b) {
    return a.from === b.from && a.to === b.to && (a.paths ?? []).join('\0') === (b.paths ?? []).join('\0');
}
/**
 * Starts the `git log` of a likely range now, so it runs beside the question that decides the
 * range; `streamCommits` reads it when the range turns out the same, and the caller cancels it
 * otherwise. Unread, it holds at most a pipe's worth of output.
 */
function prefetchCommits(cwd, range) {
    return { range, records: (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .startGitRecords */ .Bc)(logArgs(range), { cwd }) };
}
/**
 * Streams commits reachable from `to` but not from `from` (all of `to`'s history when `from` is
 * undefined), newest first, limited to commits touching `paths` when given. One `git log -z`
 * process (the prefetched one when it is of this range); each record is handed over and dropped,
 * so memory stays flat however long the history.
 */
async function streamCommits(cwd, range, onCommit, prefetched) {
    const records = prefetched !== undefined && sameRange(prefetched.range, range)
        ? prefetched.records
        : (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .startGitRecords */ .Bc)(logArgs(range), { cwd });
    await records.read((record) => {
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
    const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(['rev-parse', '--is-shallow-repository', 'HEAD', '--symbolic-full-name', 'HEAD'], {
        cwd,
    });
    const [shallow = '', sha = '', ref = ''] = result.stdout.trim().split('\n');
    if (result.exitCode !== 0 || !/^[0-9a-f]{40,64}$/.test(sha)) {
        // Let git say what is wrong: not a repository (GIT_NOT_A_REPOSITORY), or no commit yet.
        await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['rev-parse', '--is-shallow-repository'], { cwd });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GIT_FAILED', `Cannot resolve HEAD in ${cwd}: the repository has no commits yet.`, {
            hint: 'Commit something first, or run in the checked-out repository.',
        });
    }
    return {
        shallow: shallow === 'true',
        sha,
        branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
    };
}
/** The commit `rev` names (annotated tags peeled), or undefined when there is no such commit. */
async function resolveCommit(cwd, rev) {
    const result = await gitRaw(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd });
    const sha = result.stdout.trim();
    return result.exitCode === 0 && sha !== '' ? sha : undefined;
}
async function hasCommit(cwd, sha) {
    return (await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(['cat-file', '-e', `${sha}^{commit}`], { cwd })).exitCode === 0;
}
async function countCommits(cwd, from, to) {
    return Number((await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['rev-list', '--count', `${from}..${to}`], { cwd })).trim());
}
async function isShallow(cwd) {
    const out = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['rev-parse', '--is-shallow-repository'], { cwd });
    return out.trim() === 'true';
}
async function hasRemote(cwd, remote) {
    const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(['remote', 'get-url', remote], { cwd });
    return result.exitCode === 0;
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GIT_SHALLOW', `Cannot compute a version: ${reason}, so the previous release and the commits since it are unknown.`, {
            hint: "Use actions/checkout with 'fetch-depth: 0' (and 'fetch-tags: true'), or set fetch-depth-policy: deepen.",
        });
    }
    if (!(await hasRemote(cwd, remote))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GIT_SHALLOW', `Cannot deepen the clone: ${reason} and there is no '${remote}' remote.`, {
            hint: "Clone with full history ('fetch-depth: 0').",
        });
    }
    await options.logger.group(`Fetching history and tags from '${remote}': ${reason}`, async () => {
        const shallow = await isShallow(cwd);
        const args = ['fetch', '--quiet', '--tags', '--force', '--filter=blob:none', ...(shallow ? ['--unshallow'] : [])];
        const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)([...args, remote], { cwd });
        if (result.exitCode !== 0) {
            const detail = result.stderr.trim().split('\n').slice(-3).join(' ');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GIT_SHALLOW', `Fetching history and tags from '${remote}' failed: ${detail}`, {
                hint: "Check the checkout's credentials (persist-credentials), or clone with 'fetch-depth: 0'.",
            });
        }
        if (await isShallow(cwd)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GIT_SHALLOW', `The clone is still shallow after fetching from '${remote}'.`, {
                hint: "Clone with 'fetch-depth: 0'.",
            });
        }
        options.logger.info(`Fetched full history and tags from '${remote}'.`);
    });
}


/***/ }),

/***/ 8608:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ earlyQueriesFor),
/* harmony export */   n: () => (/* binding */ startVersionQueries)
/* harmony export */ });
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1150);
/* harmony import */ var _version_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5978);
/**
 * The two git queries every version calculation opens with (HEAD's facts, the tag listing), started
 * before the rest of an action's bundle is loaded. A cold action process spends tens of milliseconds
 * evaluating its bundle; these queries need nothing from it, so git runs meanwhile. This module
 * imports only what the queries need, so that an entry can start them first.
 *
 * calculateVersion uses them only when they were started for its own working directory and tag
 * prefix (the early prefix is read before the inputs are parsed); otherwise it runs its own.
 */


/** Starts the listing and the HEAD query; a failure is seen where calculateVersion awaits them. */
function startVersionQueries(cwd, prefix) {
    const tags = (0,_version_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .listTags */ .cB)(cwd, prefix);
    tags.catch(() => undefined);
    const head = (0,_git_history_js__WEBPACK_IMPORTED_MODULE_1__/* .headFacts */ .k2)(cwd);
    head.catch(() => undefined);
    return { cwd, prefix, head, tags };
}
/** The early queries when they answer for `cwd` and `prefix`, else undefined. */
function earlyQueriesFor(early, cwd, prefix) {
    return early !== undefined && early.cwd === cwd && early.prefix === prefix ? early : undefined;
}


/***/ }),

/***/ 216:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ bumpBetween),
/* harmony export */   L9: () => (/* binding */ compareBumps),
/* harmony export */   OB: () => (/* binding */ matchSemver),
/* harmony export */   Pg: () => (/* binding */ applyBump),
/* harmony export */   fX: () => (/* binding */ maxBump),
/* harmony export */   l7: () => (/* binding */ releaseOf),
/* harmony export */   nl: () => (/* binding */ nextChannelCounter),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   rh: () => (/* binding */ greater),
/* harmony export */   tL: () => (/* binding */ globToRegExp),
/* harmony export */   tx: () => (/* binding */ isChannelName)
/* harmony export */ });
/* harmony import */ var semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9909);
/* harmony import */ var semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Semantic Versioning 2.0.0 helpers on top of the `semver` package: the strict grammar, bumps (with
 * the 0.x rule), prerelease channels and their counters. Version tags are read by version-tags.ts.
 */
// Only the SemVer class: the package's index loads every range and function module (~80 ms cold).


const BUMPS = ['none', 'patch', 'minor', 'major'];
/** The SemVer 2.0.0 grammar, exactly (no leading `v`, no `=`, no leading zeros). */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** The SemVer grammar's match: groups 1-3 major, minor, patch; 4 the prerelease; 5 the build. */
function matchSemver(text) {
    return SEMVER.exec(text);
}
/** The semver package refuses versions longer than this, and numbers beyond 2^53 - 1. */
const MAX_VERSION_LENGTH = 256;
/**
 * A SemVer 2.0.0 version that can be computed with: the grammar exactly, major, minor and patch at
 * most 2^53 - 1 (beyond that numbers cannot be compared or incremented exactly), at most 256
 * characters. Undefined otherwise, never a throw.
 */
function parseVersion(text) {
    if (text.length > MAX_VERSION_LENGTH)
        return undefined;
    const m = SEMVER.exec(text);
    if (m === null || ![m[1], m[2], m[3]].every((n) => Number.isSafeInteger(Number(n))))
        return undefined;
    return new (semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0___default())(text);
}
function compareBumps(a, b) {
    return BUMPS.indexOf(a) - BUMPS.indexOf(b);
}
function maxBump(a, b) {
    return compareBumps(a, b) >= 0 ? a : b;
}
/** Whether `a` has higher precedence than `b` (SemVer 2.0.0 item 11). */
function greater(a, b) {
    return new (semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0___default())(a).compare(b) > 0;
}
/** The release version of a prerelease (`2.0.0-rc.3` → `2.0.0`). */
function releaseOf(version) {
    return `${version.major}.${version.minor}.${version.patch}`;
}
/** The next stable version after `previous` (a stable version) for `bump`. */
function applyBump(previous, bump, rules) {
    const effective = bump === 'major' && previous.major === 0 && rules.zeroMajorBreaking === 'minor' ? 'minor' : bump;
    if (effective === 'none')
        return releaseOf(previous);
    const next = new (semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0___default())(releaseOf(previous)).inc(effective);
    return next.version;
}
/** Which bump takes `from` (stable) to `to` (stable, greater). */
function bumpBetween(from, to) {
    const t = new (semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0___default())(to);
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


/***/ }),

/***/ 5978:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ compareRelease),
/* harmony export */   Gx: () => (/* binding */ missingTagsReason),
/* harmony export */   KJ: () => (/* binding */ tagsMergedInto),
/* harmony export */   YQ: () => (/* binding */ peelTags),
/* harmony export */   cB: () => (/* binding */ listTags),
/* harmony export */   yr: () => (/* binding */ readVersionTags)
/* harmony export */ });
/* unused harmony exports ParsedTag, parseVersionTag, versionsUnderOtherPrefixes, listVersionTags, highestStable, incompleteTagsError */
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(553);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1150);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(216);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9909);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(_semver_js__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The one reader of version tags: semver-calculate, build-tag and the CLI all read tags through
 * this file, so they can never disagree about which tags are releases.
 *
 * **The rule.** A version tag is `<tag-prefix><version>`: the name starts with the prefix, matched
 * literally (never as a pattern), and the rest is exactly a SemVer 2.0.0 version: no `v` of its
 * own, no leading zeros, numbers at most 2^53 - 1. So prefix `v` takes `v1.2.3` but neither
 * `1.2.3` nor `vnext-1.2.3`; the empty prefix takes `1.2.3` but not `v1.2.3`; `app-v` takes
 * `app-v1.2.3` and never `app-web-v1.2.3`. Every other tag is not a release and is ignored, with a
 * debug line; when no tag at all follows the rule but other tags are versions under another
 * prefix (`api-v1.0.0` when the prefix is `v`), a warning names them, so a typo in the prefix never
 * silently restarts the versions at the initial version.
 *
 * Tags are listed with one `for-each-ref` limited to the prefix (names only: peeling would read
 * every tag object); only when none is a version are all tags listed once more, for the warning.
 */




/**
 * A version tag, parsed cheaply: tens of thousands are listed and sorted, but only a handful are
 * ever looked at closely, so the full SemVer object is built on first use.
 */
class ParsedTag {
    tag;
    text;
    major;
    minor;
    patch;
    isPrerelease;
    #version;
    constructor(tag, text, major, minor, patch, isPrerelease) {
        this.tag = tag;
        this.text = text;
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.isPrerelease = isPrerelease;
    }
    /** The rule (see the top of this file): `prefix` followed by a strict SemVer 2.0.0 version, else undefined. */
    static parse(tag, prefix) {
        if (!tag.startsWith(prefix))
            return undefined;
        const text = tag.slice(prefix.length);
        const m = (0,_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .matchSemver */ .OB)(text);
        if (m === null)
            return undefined;
        // Plain reads, no destructuring: this runs for every tag, mostly before the JIT has warmed up.
        const major = Number(m[1]);
        const minor = Number(m[2]);
        const patch = Number(m[3]);
        // Numbers past 2^53 cannot be compared exactly (the semver package refuses them too).
        if (!(major <= Number.MAX_SAFE_INTEGER && minor <= Number.MAX_SAFE_INTEGER && patch <= Number.MAX_SAFE_INTEGER))
            return undefined;
        return new ParsedTag(tag, text, major, minor, patch, m[4] !== undefined);
    }
    get version() {
        return (this.#version ??= new (_semver_js__WEBPACK_IMPORTED_MODULE_1___default())(this.text));
    }
    /** `major.minor.patch`, without prerelease or build. */
    get release() {
        return `${this.major}.${this.minor}.${this.patch}`;
    }
    /** SemVer precedence (build metadata ignored); the full parse only for two prereleases of one release. */
    compare(other) {
        const main = compareRelease(this, other);
        if (main !== 0)
            return main;
        if (this.isPrerelease !== other.isPrerelease)
            return this.isPrerelease ? -1 : 1;
        return this.isPrerelease ? this.version.compare(other.version) : 0;
    }
}
/** Compares major, minor and patch only. */
function compareRelease(a, b) {
    return Math.sign(a.major - b.major || a.minor - b.minor || a.patch - b.patch);
}
/** `v1.2.3` → 1.2.3 for prefix `v`: the one rule (see the top of this file), else undefined. */
function parseVersionTag(name, prefix) {
    return ParsedTag.parse(name, prefix);
}
/** Parses tag names by the rule; names that are not versions get a debug line (the first 20). */
function collectVersionTags(names, prefix, logger) {
    const tags = [];
    let ignored = 0;
    for (const name of names) {
        const tag = parseVersionTag(name, prefix);
        if (tag !== undefined) {
            tags.push(tag);
            continue;
        }
        if (ignored++ < 20)
            logger.debug(`Ignoring tag '${name}': not '${prefix}' followed by a SemVer version.`);
    }
    if (ignored > 20)
        logger.debug(`Ignored ${ignored} tags in all that are not versions.`);
    return tags;
}
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
    await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .gitStream */ .dP)(args, { cwd }, (line) => {
        if (line !== '' && line.startsWith(prefix))
            names.push(line);
    });
    return names;
}
/**
 * Which of `names` (tag names) point at `target` or one of its ancestors, each with the commit it
 * points at: one `for-each-ref --merged` over exactly those refs. git walks back only as far as the
 * oldest of them, so asking about a few recent tags costs milliseconds where `--merged` over every
 * tag walks the whole history; peeling these few tags here saves the `rev-parse` a later question
 * ("is HEAD one of them?") would cost. A tag of a tag (peeled twice) has no commit here: undefined,
 * left to `peelTags`. Tag names are SemVer after a literal prefix, so they carry no glob characters;
 * a pattern also matches refs below it (`refs/tags/v1/x`), so the answer is filtered back to `names`.
 */
async function tagsMergedInto(cwd, target, names) {
    const wanted = new Set(names);
    const merged = new Map();
    if (wanted.size === 0)
        return merged;
    // Fields split by tabs, which a ref name cannot contain.
    const format = '--format=%(refname:lstrip=2)%09%(objecttype)%09%(objectname)%09%(*objecttype)%09%(*objectname)';
    const args = ['for-each-ref', format, `--merged=${target}`];
    for (const name of wanted)
        args.push(`refs/tags/${name}`);
    await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .gitStream */ .dP)(args, { cwd }, (line) => {
        const [name = '', type, object, peeledType, peeled] = line.split('\t');
        if (!wanted.has(name))
            return;
        merged.set(name, type === 'commit' ? object : peeledType === 'commit' ? peeled : undefined);
    });
    return merged;
}
/** The commits that tags point at (annotated tags peeled), in one `rev-parse`. */
async function peelTags(cwd, names) {
    const unique = [...new Set(names)];
    const peeled = new Map();
    if (unique.length === 0)
        return peeled;
    const out = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(['rev-parse', ...unique.map((n) => `refs/tags/${n}^{commit}`)], { cwd });
    const shas = out.trim().split('\n');
    unique.forEach((n, i) => peeled.set(n, shas[i] ?? ''));
    return peeled;
}
/**
 * The version tags in local git under `prefix`, by the rule (from `listed`, a `listTags` already
 * started, when given). When there is none, warns naming the tags that are versions under another
 * prefix, if any.
 */
async function readVersionTags(cwd, prefix, logger, listed) {
    const tags = collectVersionTags(await (listed ?? listTags(cwd, prefix)), prefix, logger);
    if (tags.length === 0) {
        const others = versionsUnderOtherPrefixes(await listTags(cwd, ''), prefix);
        if (others.length > 0)
            logger.warning(otherPrefixesWarning(prefix, others));
    }
    return tags;
}
/** Tags that are versions under a prefix other than `prefix`: `api-v1.0.0` → prefix `api-v`. */
function versionsUnderOtherPrefixes(names, prefix) {
    const found = [];
    for (const name of names) {
        // The version starts at the first digit that begins a run of digits and makes the rest SemVer.
        for (let i = 0; i < name.length; i++) {
            const c = name.charCodeAt(i);
            if (c < 48 || c > 57)
                continue;
            const before = i === 0 ? 0 : name.charCodeAt(i - 1);
            if (before >= 48 && before <= 57)
                continue;
            if ((0,_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .matchSemver */ .OB)(name.slice(i)) === null)
                continue;
            const other = name.slice(0, i);
            if (other !== prefix)
                found.push({ tag: name, prefix: other });
            break;
        }
    }
    return found;
}
function otherPrefixesWarning(prefix, others) {
    const prefixes = [...new Set(others.map((o) => `'${o.prefix}'`))];
    const shown = others.slice(0, 10).map((o) => o.tag);
    const more = others.length > shown.length ? ` and ${others.length - shown.length} more` : '';
    return (`No tag is '${prefix}' followed by a version, so no release is known; but ${others.length} tag(s) are versions ` +
        `under another prefix: ${shown.join(', ')}${more} (prefix ${prefixes.slice(0, 10).join(', ')}). ` +
        `If tag-prefix '${prefix}' is a typo, set it to the prefix of your release tags.`);
}
/**
 * Every version tag of the repository, for build-tag's "is this the highest stable version": local
 * git (readVersionTags), and the remote's tag names too when the clone is shallow or has none,
 * so floating tags never move backwards on a clone that lacks tags; `complete: false` when even
 * the remote cannot be read ("unknown", never a silent "you are the highest").
 */
async function listVersionTags(cwd, prefix, logger) {
    const tags = await readVersionTags(cwd, prefix, logger);
    const shallow = await isShallow(cwd);
    if (!shallow && tags.length > 0)
        return { tags, complete: true, note: `${tags.length} version tags in local git` };
    const remotes = (await git(['remote'], { cwd })).split('\n').filter((r) => r !== '');
    if (remotes.length === 0) {
        return shallow
            ? { tags, complete: false, note: 'the clone is shallow and has no remote to list tags from' }
            : { tags, complete: true, note: `${tags.length} version tags in local git (no remote)` };
    }
    const remote = remotes.includes('origin') ? 'origin' : (remotes[0] ?? 'origin');
    // Never wait for a password or a host-key prompt: fail and say so instead.
    const listed = await gitRaw(['ls-remote', '--tags', '--refs', remote], {
        cwd,
        env: { GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes' },
    });
    if (listed.exitCode !== 0) {
        const detail = listed.stderr.trim().split('\n').slice(-1)[0] ?? '';
        return {
            tags,
            complete: false,
            note: `${shallow ? 'the clone is shallow' : 'local git has no version tags'} and 'git ls-remote ${remote}' failed: ${detail}`,
        };
    }
    const names = new Set(tags.map((t) => t.tag));
    for (const line of listed.stdout.split('\n')) {
        const ref = line.split('\t')[1];
        if (ref?.startsWith(`refs/tags/${prefix}`))
            names.add(ref.slice('refs/tags/'.length));
    }
    const all = collectVersionTags(names, prefix, logger);
    logger.debug(`Version tags: ${all.length} (local git plus 'git ls-remote ${remote}', since ${shallow ? 'the clone is shallow' : 'no version tag was local'}).`);
    return { tags: all, complete: true, note: `${all.length} version tags (local git and ${remote})` };
}
/** Tag names on the remote under the prefix (`git ls-remote`, no objects transferred). */
async function remoteTagNames(cwd, remote, prefix) {
    const result = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .gitRaw */ .Pm)(['ls-remote', '--tags', '--refs', remote, `refs/tags/${prefix}*`], { cwd });
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
    if (!(await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_3__/* .hasRemote */ .F6)(cwd, remote)))
        return undefined;
    const names = await remoteTagNames(cwd, remote, options.prefix);
    if (names === undefined) {
        options.logger.warning(`No version tags with prefix '${options.prefix}' exist locally and '${remote}' could not be asked for its tags; ` +
            'treating the repository as having no releases yet.');
        return undefined;
    }
    const missing = names.filter((n) => parseVersionTag(n, options.prefix) !== undefined);
    return missing.length > 0 ? `${missing.length} version tag(s) exist on '${remote}' but not in this clone` : undefined;
}
/** Whether `version` is >= every stable tagged version in its major.minor, its major, and overall. */
function highestStable(version, tags) {
    let minor;
    let major;
    let overall;
    // Stable tags only, compared by major.minor.patch: a stable x.y.z is above the prerelease x.y.z-rc.1.
    const prerelease = version.prerelease.length > 0;
    for (const t of tags) {
        if (t.isPrerelease)
            continue;
        const order = compareRelease(t, version);
        if (order < 0 || (order === 0 && !prerelease))
            continue;
        if (overall === undefined || compareRelease(t, overall) > 0)
            overall = t;
        if (t.major !== version.major)
            continue;
        if (major === undefined || compareRelease(t, major) > 0)
            major = t;
        if (t.minor === version.minor && (minor === undefined || compareRelease(t, minor) > 0))
            minor = t;
    }
    return {
        inMinor: minor === undefined,
        inMajor: major === undefined,
        overall: overall === undefined,
        above: {
            ...(minor ? { minor: minor.release } : {}),
            ...(major ? { major: major.release } : {}),
            ...(overall ? { overall: overall.release } : {}),
        },
    };
}
function incompleteTagsError(note, version) {
    return new ArtefactsError('GIT_SHALLOW', `Cannot tell whether ${version} is the highest stable version, so floating tags (latest, major, major.minor) cannot be decided: ${note}.`, {
        hint: 'Fetch the tags: actions/checkout with fetch-depth: 0 (or fetch-tags: true), or `git fetch --tags`. Or turn floating tags off: latest: false and tags: type=semver,pattern={{version}}.',
    });
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1767);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

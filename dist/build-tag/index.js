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

/***/ 7733:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_src_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3906);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4308);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6052);



await (0,_shared_src_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)('build-tag', async () => (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getInputs */ .G)()));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4308:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ getInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2575);
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7111);


/** Separators are taken as given: a space or a comma is a separator, not something to trim. */
const UNTRIMMED = new Set(['sep-tags', 'sep-labels', 'sep-annotations']);
/** The only file that reads the runner's inputs. The token is masked as soon as it is read. */
function getInputs() {
    const token = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('github-token');
    if (token !== '')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
    return (0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_1__/* .parseBuildTagInputs */ .DP)((name) => name === 'github-token' ? token : _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name, { trimWhitespace: !UNTRIMMED.has(name) }));
}


/***/ }),

/***/ 6052:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/git/git.ts + 2 modules
var git = __nccwpck_require__(101);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __nccwpck_require__(2109);
// EXTERNAL MODULE: ./packages/core/src/github/context.ts
var context = __nccwpck_require__(9594);
;// CONCATENATED MODULE: ./packages/core/src/summary.ts

/**
 * The look every job summary shares: one header naming what the step did and the artefact it did it
 * to (a digest; for the versioning steps, which run before there is one, the version or tag), then a
 * link to the run (with its attempt), then the step's own table. The body's leading heading, if any,
 * becomes the header's title, so nothing the step said is lost.
 */
function jobSummary(title, subject, github, body) {
    const heading = /^\s*#{1,6} ([^\n]*)\n+/.exec(body);
    const rest = heading ? body.slice(heading[0].length) : body;
    const name = heading?.[1]?.trim() || title;
    const header = subject === '' || name.includes(subject) ? `### ${name}` : `### ${name} · \`${subject}\``;
    return `${header}\n\n${runLink(github)}\n\n${rest}`;
}
/** `[release #87](…/actions/runs/123/attempts/2)`, or a plain note outside GitHub Actions. */
function runLink(github) {
    if (github === undefined || github.runId === '' || github.repository === '')
        return 'Run outside GitHub Actions.';
    const attempt = github.runAttempt > 1 ? github.runAttempt : undefined;
    const label = `${github.workflow || 'workflow'} run #${github.runNumber || github.runId}${attempt ? `, attempt ${attempt}` : ''}`;
    return `[${label}](${(0,context/* runUrl */.Vp)(github)}${attempt ? `/attempts/${attempt}` : ''})`;
}
/** Applies jobSummary to an outcome. */
function withJobSummary(outcome, title, subject, github) {
    return { ...outcome, summary: jobSummary(title, subject, github, outcome.summary) };
}

// EXTERNAL MODULE: ./packages/core/src/version/build-tag-inputs.ts + 2 modules
var build_tag_inputs = __nccwpck_require__(7111);
// EXTERNAL MODULE: ./packages/core/src/version/build-facts.ts + 1 modules
var build_facts = __nccwpck_require__(6922);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ./packages/core/src/files.ts
/**
 * Reading a file's bytes in order, the one home for it: a blob of an OCI layout, a file signed or
 * packed, an evidence file hashed (oci/media.ts's `digestFile`). Node's own `createReadStream`, piped,
 * asks for the next chunk only once the current one has been handed on, so the read (the disk, or the
 * page cache's copy) and the hashing and parsing that follow take turns on the one JavaScript thread.
 * Here the next read is already in flight while the current chunk is handed on, so the two overlap:
 * `artefacts sbom --oci-layout` of a 100 MB single-layer image, 0.89x the wall time with
 * `createReadStream` and the same 1 MiB chunks (15 alternating pairs).
 *
 * `readFileAhead`'s chunks are fresh buffers (a consumer may keep them, as a piped stream's queue
 * does); at most two chunks are held by the reader at a time. `readFileBorrowed` reads into two reused
 * buffers instead, for consumers that are done with each chunk before they ask for the next: a hash,
 * an image's tar walk, uploads (oci/store.ts's `LentChunks`), which wait for each chunk's socket or
 * file write to complete, and pack's tar of a directory, whose files share one pair. A fresh buffer
 * per read costs more than the read (its pages are faulted in anew each time).
 */





/**
 * The chunk size of every file read, and of every zlib stream's output: fewer handoffs per MiB on
 * multi-GB blobs, bounded memory. Each zlib output chunk is a round trip between the thread pool and
 * the main thread; at zlib's default of 16 KiB, inflating bench/sbom-image's 1 GB image took 64k of
 * them, and the image SBOM took about twice as long as with 1 MiB chunks.
 */
const FILE_CHUNK = (/* unused pure expression or super */ null && (1 << 20));
class ReadAheadStream extends external_node_stream_.Readable {
    file;
    chunk;
    flags;
    handle;
    pending;
    position = 0;
    constructor(file, chunk, flags) {
        super({ highWaterMark: chunk });
        this.file = file;
        this.chunk = chunk;
        this.flags = flags;
    }
    _construct(callback) {
        (0,promises_.open)(this.file, this.flags).then((handle) => {
            this.handle = handle;
            this.pending = this.readNext();
            callback();
        }, (error) => callback(error));
    }
    /** Starts the read that follows the last one; the position is that read's end, so no byte is skipped. */
    readNext() {
        const handle = this.handle;
        const buffer = Buffer.allocUnsafeSlow(this.chunk);
        const at = this.position;
        const read = handle.read(buffer, 0, this.chunk, at).then(({ bytesRead }) => {
            this.position = at + bytesRead;
            if (bytesRead === 0)
                return null;
            return bytesRead < this.chunk ? buffer.subarray(0, bytesRead) : buffer;
        });
        // Observed here so a failure before _read asks for it is not an unhandled rejection; _read reports it.
        read.catch(() => undefined);
        return read;
    }
    _read() {
        this.pending.then((chunk) => {
            if (this.destroyed)
                return; // the consumer stopped while this read was in flight
            if (chunk === null) {
                this.push(null);
                return;
            }
            // The next read goes out before this chunk is handed on: the consumer's work overlaps it.
            this.pending = this.readNext();
            this.push(chunk);
        }, (error) => {
            if (!this.destroyed)
                this.destroy(error);
        });
    }
    _destroy(error, callback) {
        const handle = this.handle;
        this.handle = undefined;
        const inFlight = this.pending ?? Promise.resolve(null);
        this.pending = undefined;
        // Closed only once the read in flight has ended: closing under it would fail that read.
        void inFlight
            .catch(() => null)
            .then(() => handle?.close())
            .then(() => callback(error), () => callback(error));
    }
}
/**
 * The file's bytes from the start, one {@link FILE_CHUNK} read always ahead of the consumer. `flags`
 * open it (an OCI layout's blob: read-only and O_NOFOLLOW, so the open itself refuses a link).
 */
function readFileAhead(file, chunk = FILE_CHUNK, flags = 'r') {
    return new ReadAheadStream(file, chunk, flags);
}
/**
 * A pair of read buffers that one reader after another may take: files read one after the other (a
 * directory packed as a tar) share it rather than allocating two chunks per file, however small.
 */
function borrowedBuffers(chunk = FILE_CHUNK) {
    return [Buffer.allocUnsafeSlow(chunk), Buffer.allocUnsafeSlow(chunk)];
}
/**
 * Reads up to `length` bytes of `file`, from its start, into `buffer`; answers how many there were
 * (fewer at the end of the file). For many small files read whole: a file descriptor and the callback
 * calls cost less per file than a FileHandle and its promises (4136 files of /usr/share/doc, 16 at a
 * time: 89 ms against 140 ms from the page cache).
 */
function readInto(file, buffer, length) {
    return onDescriptor(file, 'r', undefined, (fd, done) => {
        let got = 0;
        const next = () => read(fd, buffer, got, length - got, got, (failure, bytesRead) => {
            if (failure)
                return done(failure);
            got += bytesRead;
            if (bytesRead === 0 || got === length)
                return done(null, got);
            next();
        });
        if (length === 0)
            done(null, 0);
        else
            next();
    });
}
/**
 * Opens `file`, hands its descriptor to `use`, and closes it once `use` calls back, whatever happened
 * (the first failure, of `use` or of the close, is the one told): readInto's and writeWhole's descriptor.
 */
function onDescriptor(file, flags, mode, use) {
    return new Promise((resolve, reject) => {
        openDescriptor(file, flags, mode, (error, fd) => {
            if (error)
                return reject(error);
            use(fd, (failure, value) => close(fd, (closing) => {
                const first = failure ?? closing;
                if (first)
                    reject(first);
                else
                    resolve(value);
            }));
        });
    });
}
/**
 * A file up to this size is read or written whole, many at once (pack's read-ahead, pull's writes):
 * for many small files, the round trips of one file after another, not the bytes, set the pace.
 */
const SMALL_FILE = (/* unused pure expression or super */ null && (256 * 1024));
/** How many small files are read ahead, or written behind, at once. */
const FILES_AT_ONCE = 16;
/**
 * Writes `bytes` as the whole of `file` (created with `mode`, or truncated), through a file
 * descriptor and the callback calls, as {@link readInto} reads; the descriptor is closed whatever happens.
 */
function writeWhole(file, bytes, mode) {
    return onDescriptor(file, 'w', mode, (fd, done) => {
        let written = 0;
        const next = () => write(fd, bytes, written, bytes.length - written, null, (failure, count) => {
            if (failure)
                return done(failure);
            written += count;
            if (written === bytes.length)
                return done(null);
            next();
        });
        if (bytes.length === 0)
            done(null);
        else
            next();
    });
}
/** Writes all of `chunk` at the handle's position; resolves once the bytes are written, so `chunk` may be reused. */
async function writeFully(handle, chunk) {
    for (let at = 0; at < chunk.length;)
        at += (await handle.write(chunk, at)).bytesWritten;
}
/**
 * The file's bytes from the start as borrowed chunks: two buffers, read into in turn, one read always
 * ahead of the consumer. A chunk is valid only until the loop asks for the next one (then the next read
 * goes into its buffer), so a consumer copies what it keeps. For readers that only look at each chunk
 * once (hashing, a tar walk): a fresh buffer per chunk costs a fresh allocation, and on this kind of
 * machine its page faults cost more than reading and hashing the bytes (100 MB hashed: 0.4 s with a
 * fresh 1 MiB buffer per read, 0.08 s with two reused ones). An early `return` waits for the read in
 * flight before closing the file. `buffers` (each at least `chunk` bytes) may be shared by readers that
 * run one after another, never at once. `flags` open the file, as {@link readFileAhead}'s do.
 */
async function* readFileBorrowed(file, chunk = FILE_CHUNK, buffers = borrowedBuffers(chunk), flags = 'r') {
    const handle = await open(file, flags);
    let pending;
    const start = (buffer, at) => {
        const read = handle.read(buffer, 0, chunk, at);
        // Observed here so a failure while the consumer works on the previous chunk is not an unhandled rejection.
        read.catch(() => undefined);
        return read;
    };
    try {
        let position = 0;
        let turn = 0;
        pending = start(buffers[0], 0);
        for (;;) {
            const { bytesRead, buffer } = await pending;
            pending = undefined;
            if (bytesRead === 0)
                return;
            position += bytesRead;
            turn ^= 1;
            // The consumer asked for this chunk, so it is done with the one before: the next read goes there.
            pending = start(turn === 0 ? buffers[0] : buffers[1], position);
            yield bytesRead < chunk ? buffer.subarray(0, bytesRead) : buffer;
        }
    }
    finally {
        // Closed only once the read in flight has ended: closing under it would fail that read.
        await pending?.catch(() => undefined);
        await handle.close();
    }
}
/**
 * A small file's text, or undefined where there is none to take: absent, unreadable, not a regular
 * file, or a symbolic link. For the companions read beside a catalogued file (a package.json beside
 * a lockfile, a project's manifest): they are taken as the tree walk takes files, never through a
 * link, which could lead out of the tree (and the workspace) being catalogued. Opened without
 * blocking, so a FIFO planted under the name cannot hang the read.
 */
async function readPlainText(file) {
    let handle;
    try {
        handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
        if (!(await handle.stat()).isFile())
            return undefined;
        return await handle.readFile('utf8');
    }
    catch {
        return undefined;
    }
    finally {
        await handle?.close();
    }
}
/** The prefix of a temporary file beside the file it will become: `.<name>.tmp-<hex>`. */
const stagingName = (target) => (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.tmp-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
/**
 * Writes every file of `files` in full to a temporary file beside it (same directory, so the move is
 * a rename), for {@link StagedFiles.commit} to put in place once whatever must come first has
 * succeeded (a push), or to discard. A failure while writing (a full disk, a directory that cannot be
 * written, a path that is not one) removes every temporary file and changes nothing. Only a failing
 * rename (which needs no space) can leave some files renamed and not the rest, which the next run
 * writes again. `failure` turns an error into the one to throw, told which file failed.
 */
async function stageFiles(files, failure = (error) => error) {
    const staged = [];
    const discard = async () => {
        await Promise.all(staged.splice(0).map(({ tmp }) => (0,promises_.unlink)(tmp).catch(() => undefined)));
    };
    for (const file of files) {
        let tmp;
        try {
            const target = file.throughLink ? await (0,promises_.realpath)(file.path).catch(() => file.path) : file.path;
            const info = await (0,promises_.stat)(target).catch(() => undefined);
            if (info?.isDirectory()) {
                // Found before anything is written, rather than by the rename after the others were written.
                throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${target}'`), {
                    code: 'EISDIR',
                    syscall: 'open',
                    path: target,
                });
            }
            const existing = info?.isFile() ? info.mode & 0o7777 : undefined;
            tmp = stagingName(target);
            const handle = await (0,promises_.open)(tmp, 'wx', existing ?? file.mode ?? 0o666);
            staged.push({ tmp, target, file });
            try {
                await handle.writeFile(file.content);
                // An existing file's mode exactly, not as the umask left it.
                if (existing !== undefined)
                    await handle.chmod(existing);
            }
            finally {
                await handle.close();
            }
        }
        catch (error) {
            await discard();
            const failed = error.path;
            throw failure(error, { file, at: tmp !== undefined && failed === tmp ? (0,external_node_path_.dirname)(tmp) : (failed ?? file.path) });
        }
    }
    return {
        async commit() {
            while (staged.length > 0) {
                const { tmp, target, file } = staged[0];
                try {
                    await (0,promises_.rename)(tmp, target);
                }
                catch (error) {
                    await discard();
                    throw failure(error, { file, at: target });
                }
                staged.shift();
            }
        },
        discard,
    };
}
/**
 * Writes every file of `files` whole, or leaves every one as it was ({@link stageFiles}, then
 * commit): a reader never sees a half-written file under the final name.
 */
async function writeFilesTogether(files, failure) {
    await (await stageFiles(files, failure)).commit();
}

;// CONCATENATED MODULE: ./packages/core/src/version/build-outputs.ts





/** Outputs mirrored as DOCKER_METADATA_OUTPUT_<NAME>, as docker/metadata-action does. */
const MIRRORED_OUTPUTS = [
    'version',
    'tags',
    'tag-names',
    'labels',
    'annotations',
    'json',
    'bake-file',
    'bake-file-tags',
    'bake-file-labels',
    'bake-file-annotations',
];
function envMirrorName(output) {
    return `DOCKER_METADATA_OUTPUT_${output.replace(/\W/g, '_').toUpperCase()}`;
}
const NO_BAKE_FILES = {
    'bake-file': '',
    'bake-file-tags': '',
    'bake-file-labels': '',
    'bake-file-annotations': '',
};
const BAKE_FILES = [
    ['bake-file', ''],
    ['bake-file-tags', '-tags'],
    ['bake-file-labels', '-labels'],
    ['bake-file-annotations', '-annotations'],
];
const bakeFilesIn = (directory) => BAKE_FILES.map(([output, suffix]) => ({
    output,
    path: (0,external_node_path_.join)(directory, `docker-metadata-action-bake${suffix}.json`),
}));
/**
 * Makes ready the place of the four bake definitions, as docker/metadata-action names them, before
 * the git tag is pushed: a bake-dir that cannot hold them (a regular file, a link planted under a
 * file's name) fails the run while nothing is published yet. Where: `bakeDir` when given (created
 * if needed); else, on a runner, a new folder under RUNNER_TEMP (which the runner empties after the
 * job, as it does metadata-action's); else (the CLI) nowhere: files nobody asked for are not
 * written, and the bake-file outputs are empty. `inBakeDir` checks each file in `bakeDir` as the
 * directory itself was (a symbolic link under a file's name would otherwise be written through).
 */
function bakePlace(where, logger) {
    const { bakeDir } = where;
    if (bakeDir === undefined) {
        if (where.runnerTemp)
            return { runnerTemp: where.runnerTemp };
        logger.debug('Bake files not written: not on a runner and no bake-dir given.');
        return undefined;
    }
    const failure = (error, at) => (0,paths/* pathInputError */.GE)(where.cwd, 'bake-dir', bakeDir, 'a directory the bake files can be written in', error, at);
    const directory = (0,external_node_path_.resolve)(where.cwd, bakeDir);
    try {
        (0,external_node_fs_.mkdirSync)(directory, { recursive: true });
    }
    catch (error) {
        throw failure(error);
    }
    for (const file of bakeFilesIn(directory))
        where.inBakeDir(file.path);
    return { directory, failure };
}
/**
 * Writes the four bake definitions into their place, all or none ({@link writeFilesTogether}): a
 * failed write leaves the files as they were, and no folder of ours behind.
 */
async function writeBakeFiles(place, parts) {
    if (place === undefined)
        return NO_BAKE_FILES;
    const made = 'runnerTemp' in place ? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(place.runnerTemp, 'build-tag-')) : undefined;
    const files = bakeFilesIn('directory' in place ? place.directory : made);
    const definitions = {
        'bake-file': { tags: parts.tags, labels: parts.labels, args: parts.args },
        'bake-file-tags': { tags: parts.tags, args: parts.args },
        'bake-file-labels': { labels: parts.labels },
        'bake-file-annotations': { annotations: parts.annotations },
    };
    try {
        await writeFilesTogether(files.map((file) => ({
            path: file.path,
            content: `${JSON.stringify({ target: { [parts.target]: definitions[file.output] } }, null, 2)}\n`,
        })), (error, { at }) => ('failure' in place ? place.failure(error, at) : error));
    }
    catch (error) {
        if (made !== undefined)
            (0,external_node_fs_.rmSync)(made, { recursive: true, force: true });
        throw error;
    }
    return Object.fromEntries(files.map((file) => [file.output, file.path]));
}
function summaryMarkdown(version, plan, images, labels, facts, gitTag, release) {
    const lines = [
        `### build-tag: \`${plan.immutable}\``,
        '',
        `Version **${(0,build_tag_inputs/* versionString */.A6)(version)}**, revision \`${facts.revision.slice(0, 12)}\`, created ${facts.created.toISOString()} (${facts.createdSource}).`,
        '',
        release.ok
            ? `This run is the release of ${(0,build_tag_inputs/* versionString */.A6)(version)}: ${release.reason}.`
            : `This run is not the release of ${(0,build_tag_inputs/* versionString */.A6)(version)}, so it gets no release or floating tags: ${release.reason}.`,
        '',
        '| Tag | From |',
        '| --- | --- |',
        ...plan.tags.map((t) => `| \`${t.name}\` | ${t.source.replace(/\|/g, '\\|')} |`),
    ];
    if (plan.skipped.length > 0) {
        lines.push('', 'Not applied:', '', ...plan.skipped.map((s) => `- \`${s.source}\`: ${s.reason}`));
    }
    if (images.length > 0)
        lines.push('', `Images: ${images.map((i) => `\`${i}\``).join(', ')}`);
    if (gitTag !== undefined) {
        const via = gitTag.transport === undefined
            ? ''
            : gitTag.transport === 'git'
                ? `, through git (remote \`${gitTag.remote ?? 'origin'}\`)`
                : ', through the GitHub API';
        lines.push('', `Git tag \`${gitTag.tag}\`: ${gitTag.status}${gitTag.reason ? ` (${gitTag.reason})` : ''}${via}`);
        if (gitTag.major) {
            lines.push(`Major tag \`${gitTag.major.tag}\`: ${gitTag.major.status}${gitTag.major.reason ? ` (${gitTag.major.reason})` : ''}`);
        }
    }
    lines.push('', '<details><summary>Labels</summary>', '', '```', ...Object.entries(labels).map(([k, v]) => `${k}=${v}`), '```', '</details>', '');
    return lines.join('\n');
}
function logTags(logger, plan, tags, release) {
    if (plan.skipped.some((s) => s.reason.startsWith('not the release'))) {
        logger.notice(`Not the release, so no release or floating tags: ${release.reason}.`);
    }
    else
        logger.info(`${release.ok ? 'Release' : 'Not a release'}: ${release.reason}.`);
    logger.info(`Immutable tag: ${plan.immutable}`);
    for (const tag of tags)
        logger.info(`  ${tag}`);
    for (const skipped of plan.skipped)
        logger.info(`  (not applied: ${skipped.source}: ${skipped.reason})`);
}

// EXTERNAL MODULE: ./packages/core/src/version/oci-labels.ts
var oci_labels = __nccwpck_require__(9679);
// EXTERNAL MODULE: ./packages/core/src/git/history.ts
var git_history = __nccwpck_require__(1150);
// EXTERNAL MODULE: ./packages/core/src/git/remote-refs.ts
var remote_refs = __nccwpck_require__(4169);
// EXTERNAL MODULE: ./packages/core/src/github/tags.ts
var tags = __nccwpck_require__(2080);
// EXTERNAL MODULE: ./packages/core/src/version/git-tag-push.ts
var git_tag_push = __nccwpck_require__(6448);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/classes/semver.js
var semver = __nccwpck_require__(9909);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./packages/core/src/version/semver.ts
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
function semver_parseVersion(text) {
    if (text.length > MAX_VERSION_LENGTH)
        return undefined;
    const m = SEMVER.exec(text);
    if (m === null || ![m[1], m[2], m[3]].every((n) => Number.isSafeInteger(Number(n))))
        return undefined;
    return new (semver_default())(text);
}
function compareBumps(a, b) {
    return BUMPS.indexOf(a) - BUMPS.indexOf(b);
}
function maxBump(a, b) {
    return compareBumps(a, b) >= 0 ? a : b;
}
/** Whether `a` has higher precedence than `b` (SemVer 2.0.0 item 11). */
function greater(a, b) {
    return new (semver_default())(a).compare(b) > 0;
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
function semver_isChannelName(name) {
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
function semver_globToRegExp(glob) {
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

;// CONCATENATED MODULE: ./packages/core/src/version/version-tags.ts
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
 *
 * **A clone's tags can be stale**: released on the remote after the clone was fetched, or moved
 * there. Whenever the clone has a remote, its version tags are read too, with one
 * `git ls-remote --tags --refs <remote> refs/tags/<prefix>*` beside the local listing
 * (`remoteVersionTags`): build-tag counts them (`listVersionTags`), semver-calculate completes the
 * clone when they differ (`tagDrift`: tags it lacks, or that name other objects there among those its
 * result was read from). A remote that cannot be read is a warning, never a failure of offline use;
 * a clone without a remote asks nothing remote.
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
        const m = matchSemver(text);
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
        return (this.#version ??= new (semver_default())(this.text));
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
    await (0,git/* gitStream */.dP)(args, { cwd }, (line) => {
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
    await (0,git/* gitStream */.dP)(args, { cwd }, (line) => {
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
    const out = await (0,git/* git */.$Y)(['rev-parse', ...unique.map((n) => `refs/tags/${n}^{commit}`)], { cwd });
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
            if (matchSemver(name.slice(i)) === null)
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
 * The remote whose tags count: `preferred` when given (a remote name or URL), else `origin`, else the
 * first remote; undefined when the clone has none (or is no repository: git says so elsewhere).
 */
async function pickRemote(cwd, preferred) {
    if (preferred !== undefined)
        return preferred;
    const result = await (0,git/* gitRaw */.Pm)(['remote'], { cwd });
    if (result.exitCode !== 0)
        return undefined;
    const remotes = result.stdout.split('\n').filter((r) => r !== '');
    return remotes.includes('origin') ? 'origin' : remotes[0];
}
/**
 * The tags on `remote` under `prefix`: one `git ls-remote --tags --refs <remote> refs/tags/<prefix>*`
 * (names and objects, nothing fetched). Never throws for a remote that cannot be read: that is
 * `failure`, for the caller to warn about or refuse on. The one reader of a remote's version tags,
 * for semver-calculate and build-tag alike.
 */
async function remoteVersionTags(cwd, remote, prefix) {
    try {
        const listing = await (0,remote_refs/* listRemoteTags */.oW)(cwd, remote, [`refs/tags/${prefix}*`], {
            peel: false,
            what: `the version tags (prefix '${prefix}')`,
        });
        return { remote, tags: listing.objects };
    }
    catch (error) {
        if (!(error instanceof errors/* ArtefactsError */.E))
            throw error;
        return { remote, failure: error.message };
    }
}
/** The warning for a remote that could not be asked: the result stands on local tags alone. */
function unreadableRemoteWarning(listed, prefix) {
    return (`The version tags (prefix '${prefix}') of '${listed.remote}' could not be listed, so releases made there since ` +
        `this clone was fetched may be missing here; using the tags in this clone. ${listed.failure}`);
}
/** Remote tag names that are versions by the rule and not among `local`. */
function versionsNotIn(tags, local, prefix) {
    const here = new Set(local.map((t) => t.tag));
    const out = [];
    for (const name of tags.keys())
        if (!here.has(name) && parseVersionTag(name, prefix) !== undefined)
            out.push(name);
    return out;
}
/** Above this many tags to compare objects of, one listing of every tag is cheaper than naming them. */
const NAMED_OBJECTS_AT_MOST = 256;
/**
 * The objects the refs of `names` (local version tags) name, as ls-remote --refs shows them (an
 * annotated tag's own object, unpeeled): one `rev-parse` of those refs, or one `for-each-ref` of
 * every tag under the prefix when they are many.
 */
async function localTagObjects(cwd, prefix, names) {
    const objects = new Map();
    if (names.length === 0)
        return objects;
    if (names.length > NAMED_OBJECTS_AT_MOST) {
        const format = '--format=%(objectname) %(refname:lstrip=2)';
        await (0,git/* gitStream */.dP)(['for-each-ref', format, `refs/tags/${prefix}*`], { cwd }, (line) => {
            const space = line.indexOf(' ');
            if (space > 0)
                objects.set(line.slice(space + 1), line.slice(0, space));
        });
        return objects;
    }
    const out = await (0,git/* git */.$Y)(['rev-parse', ...names.map((n) => `refs/tags/${n}`)], { cwd });
    const shas = out.trim().split('\n');
    names.forEach((n, i) => objects.set(n, shas[i] ?? ''));
    return objects;
}
/**
 * The drift between the clone's version tags (`local`) and the remote's listing: the version tags
 * the clone lacks, and which tags of `objects` (local tag → object; the tags a result was read
 * from) name other objects there. Undefined when there is none.
 */
function tagDrift(listed, local, objects, prefix) {
    const missing = versionsNotIn(listed.tags, local, prefix);
    const moved = [];
    for (const [tag, object] of objects) {
        const there = listed.tags.get(tag);
        if (there !== undefined && there !== object)
            moved.push({ tag, local: object, remote: there });
    }
    return missing.length === 0 && moved.length === 0 ? undefined : { remote: listed.remote, missing, moved };
}
const listed = (names) => `${names.slice(0, 10).join(', ')}${names.length > 10 ? ` and ${names.length - 10} more` : ''}`;
/** The drift in words: which tags are missing, which moved, on which remote. */
function driftReason(drift) {
    const parts = [];
    if (drift.missing.length > 0)
        parts.push(`${drift.missing.length} version tag(s) exist on '${drift.remote}' but not in this clone (${listed(drift.missing)})`);
    if (drift.moved.length > 0) {
        const moved = drift.moved.map((m) => `${m.tag}: ${m.local.slice(0, 12)} here, ${m.remote.slice(0, 12)} there`);
        parts.push(`${drift.moved.length} version tag(s) name other objects on '${drift.remote}' than in this clone (${listed(moved)})`);
    }
    return parts.join('; ');
}
/**
 * Every version tag of the repository, for build-tag's "is this the highest stable version": local
 * git (readVersionTags) and, whenever the clone has a remote, the remote's tag names too (one
 * ls-remote, beside the local listing), so floating tags never move backwards on a clone whose tags
 * are stale or missing. When the remote cannot be read, a warning and the local tags; `complete:
 * false` when those cannot be trusted either (a shallow clone, or no version tag at all): "unknown",
 * never a silent "you are the highest".
 */
async function listVersionTags(cwd, prefix, logger, options = {}) {
    const asked = pickRemote(cwd, options.remote).then((remote) => remote === undefined ? undefined : remoteVersionTags(cwd, remote, prefix));
    asked.catch(() => undefined);
    // The local questions and the remote's listing, all at once.
    const [tags, shallow, remote] = await Promise.all([readVersionTags(cwd, prefix, logger), (0,git_history/* isShallow */.fE)(cwd), asked]);
    if (remote === undefined) {
        return shallow
            ? { tags, complete: false, note: 'the clone is shallow and has no remote to list tags from' }
            : { tags, complete: true, note: `${tags.length} version tags in local git (no remote)` };
    }
    if (remote.failure !== undefined) {
        if (shallow || tags.length === 0) {
            const why = shallow ? 'the clone is shallow' : 'local git has no version tags';
            return { tags, complete: false, note: `${why}; ${remote.failure}` };
        }
        logger.warning(unreadableRemoteWarning(remote, prefix));
        return { tags, complete: true, note: `${tags.length} version tags in local git ('${remote.remote}' unreadable)` };
    }
    const extra = versionsNotIn(remote.tags, tags, prefix);
    if (extra.length === 0) {
        return { tags, complete: true, note: `${tags.length} version tags (local git, as on ${remote.remote})` };
    }
    logger.info(`Version tags on '${remote.remote}' that this clone lacks, counted too: ${listed(extra)}.`);
    const all = [...tags, ...collectVersionTags(extra, prefix, logger)];
    return { tags: all, complete: true, note: `${all.length} version tags (local git and ${remote.remote})` };
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
    return new errors/* ArtefactsError */.E('GIT_SHALLOW', `Cannot tell whether ${version} is the highest stable version, so floating tags (latest, major, major.minor) cannot be decided: ${note}.`, {
        hint: 'Fetch the tags: actions/checkout with fetch-depth: 0 (or fetch-tags: true), or `git fetch --tags`. Or turn floating tags off: latest: false and tags: type=semver,pattern={{version}}.',
    });
}

;// CONCATENATED MODULE: ./packages/core/src/version/release.ts







/**
 * Whether this run *is* the release of its version, which a stable version's tags (`1.4.0`, `1.4`,
 * `1`, `latest`) need: the ref is the version's git tag, or build-tag created (or found) that git
 * tag on the built commit in this run, or the tag already points at the built commit. Anything
 * else (a push to main with the next version computed, a schedule, a dispatch) is a build of
 * something that will be released later, and gets its immutable, ref and sha tags only.
 */
async function releaseDecision(args) {
    const { version, tagPrefix, refTag, gitTag, revision } = args;
    const text = (0,build_tag_inputs/* versionString */.A6)(version);
    const tag = `${tagPrefix}${text}`;
    if (args.pr !== undefined)
        return { ok: false, reason: `pull request #${args.pr} is not a release` };
    const same = (name) => {
        const parsed = parseVersionTag(name, tagPrefix);
        return parsed !== undefined && (0,build_tag_inputs/* versionString */.A6)(parsed.version) === text;
    };
    if (refTag !== undefined && same(refTag))
        return { ok: true, reason: `the ref is the git tag ${refTag}` };
    if (gitTag !== undefined && (gitTag.status === 'created' || gitTag.status === 'exists')) {
        return {
            ok: true,
            reason: `the git tag ${gitTag.tag} was ${gitTag.status === 'created' ? 'created' : 'found'} on this commit`,
        };
    }
    if (args.inGit) {
        for (const name of tagPrefix === 'v' ? [tag, text] : [tag]) {
            const commit = await (0,git_history/* resolveCommit */.WL)(args.cwd, `refs/tags/${name}`);
            if (commit === undefined)
                continue;
            if (commit === revision)
                return { ok: true, reason: `the git tag ${name} points at this commit` };
            return {
                ok: false,
                reason: `the git tag ${name} points at ${commit.slice(0, 12)}, not at this commit ${revision.slice(0, 12)}`,
            };
        }
    }
    const what = refTag !== undefined
        ? `the git tag ${refTag}`
        : args.branch !== undefined
            ? `branch ${args.branch}`
            : 'this commit';
    return {
        ok: false,
        reason: `this is a build of ${what}, and no git tag ${tag} is on it; release tags come from the run that builds the tag (on: push: tags) or creates it (push-git-tag: true)`,
    };
}
async function pushGitTags(inputs, environment, api, version, revision, highest) {
    const tag = `${inputs.tagPrefix}${(0,build_tag_inputs/* versionString */.A6)(version)}`;
    const logger = environment.logger;
    if (environment.github?.pullRequest !== undefined) {
        logger.notice(`push-git-tag: not tagging ${tag} on a pull request; the tag is created when the change is built on its branch.`);
        return { tag, status: 'skipped', reason: 'pull request' };
    }
    const remote = inputs.gitRemote ?? build_tag_inputs/* DEFAULT_GIT_REMOTE */.gN;
    const chosen = await (0,git_tag_push/* chooseTagTransport */.Tl)({
        transport: inputs.gitTagTransport ?? 'auto',
        api,
        token: inputs.githubToken,
        github: environment.github,
        env: environment.env,
        cwd: environment.cwd,
        remote,
    });
    const transport = chosen.transport;
    const via = transport === 'git' ? `git (remote '${remote}')` : 'the GitHub API';
    logger.info(`push-git-tag: writing ${tag} through ${via}: ${chosen.why}.`);
    const githubTags = transport === 'github-api' ? githubApi(inputs, api) : undefined;
    const context = { cwd: environment.cwd, remote, logger };
    const annotated = inputs.annotatedTag ? { annotated: { message: `Release ${(0,build_tag_inputs/* versionString */.A6)(version)}` } } : {};
    const status = githubTags === undefined
        ? await (0,git_tag_push/* createTagWithGit */.pw)(context, { tag, sha: revision, ...annotated })
        : await (0,tags/* createTag */.VZ)(githubTags, { tag, sha: revision, ...annotated, logger });
    const how = { transport, ...(transport === 'git' ? { remote } : {}) };
    if (!inputs.moveMajorTag)
        return { tag, status, ...how };
    const majorTag = `${inputs.tagPrefix}${version.major}`;
    let refusal;
    if (version.prerelease.length > 0)
        refusal = 'prerelease';
    else if (version.major === 0)
        refusal = 'never a 0 major tag';
    else if (highest !== undefined && !highest.inMajor)
        refusal = `${highest.above.major ?? 'a higher version'} is tagged`;
    if (refusal !== undefined) {
        logger.info(`Not moving ${majorTag}: ${refusal}.`);
        return { tag, status, ...how, major: { tag: majorTag, status: 'skipped', reason: refusal } };
    }
    // The listing this run started from may be stale by now (another release may have tagged and
    // moved the major tag since): the remote is asked again, right after the value the move replaces.
    const where = transport === 'git' ? `'${remote}'` : 'GitHub';
    const listRemote = githubTags === undefined
        ? async () => {
            const what = `the version tags (prefix '${inputs.tagPrefix}')`;
            const listed = await (0,remote_refs/* listRemoteTags */.oW)(context.cwd, remote, [`refs/tags/${inputs.tagPrefix}*`], {
                peel: true,
                what,
            });
            return new Map([...listed.objects].map(([name, object]) => [name, listed.peeled.get(name) ?? object]));
        }
        : () => (0,tags/* listTagRefs */.t)(githubTags, inputs.tagPrefix);
    const guard = neverBackwards({ version, prefix: inputs.tagPrefix, majorTag, where, list: listRemote });
    const moved = githubTags === undefined
        ? await (0,git_tag_push/* moveTagWithGit */.ob)(context, { tag: majorTag, sha: revision, guard })
        : await (0,tags/* moveTag */.mK)(githubTags, { tag: majorTag, sha: revision, logger, guard });
    return { tag, status, ...how, major: { tag: majorTag, ...moved } };
}
/**
 * The major tag never moves backwards. Refused when the remote has a stable version of this major
 * above ours: on the commit the major tag names now (a higher release moved it first), or anywhere
 * (one is released and about to). The listing is read after the major tag's value, so a release that
 * moved the major tag to that value is in it; a move after that read fails the lease.
 */
function neverBackwards(args) {
    const { version, prefix, majorTag, where } = args;
    return async (current) => {
        const listed = await args.list();
        const tags = [...listed.keys()].flatMap((name) => parseVersionTag(name, prefix) ?? []);
        // Which release is higher is highestStable's to say, as for the first listing.
        const higher = highestStable(version, tags).above.major;
        if (higher === undefined)
            return undefined;
        const names = (t) => {
            const object = listed.get(t.tag);
            return current !== undefined && (object === current.commitSha || object === current.objectSha);
        };
        // Where the major tag already names a higher release, that one is told; else the highest.
        const at = tags.find((t) => names(t) && highestStable(version, [t]).above.major !== undefined);
        return at !== undefined
            ? `${majorTag} names ${at.tag}'s commit on ${where}, a higher version than ${(0,build_tag_inputs/* versionString */.A6)(version)}`
            : `${tags.find((t) => !t.isPrerelease && t.release === higher)?.tag ?? higher} is tagged on ${where}, a higher version than ${(0,build_tag_inputs/* versionString */.A6)(version)}`;
    };
}
/** The GitHub API for push-git-tag, which needs the repository and a token with contents: write. */
function githubApi(inputs, api) {
    if (api === undefined) {
        throw new errors/* ArtefactsError */.E('GITHUB_CONTEXT', 'push-git-tag with git-tag-transport: github-api needs the GitHub repository, which is not known here.', {
            hint: 'Run under GitHub Actions, or from a clone whose origin remote is the GitHub repository (with GITHUB_TOKEN set); or use git-tag-transport: git (or auto) to push the tag with git.',
        });
    }
    if (inputs.githubToken === '') {
        throw new errors/* ArtefactsError */.E('INPUT_MISSING', "Input 'github-token' is empty, but push-git-tag with git-tag-transport: github-api needs a token with contents: write.", {
            hint: 'Keep the default github-token: ${{ github.token }} and add permissions: { contents: write } to the job, or use git-tag-transport: git.',
        });
    }
    return api;
}

;// CONCATENATED MODULE: ./packages/core/src/version/conventional.ts
/** One level of parentheses inside a scope (`feat(a(b)): x`), never across the colon. */
const HEADER = /^([A-Za-z][A-Za-z0-9_-]*)(?:\(((?:[^()\r\n]|\([^()\r\n]*\))*)\))?(!)?:[ \t]+(\S.*)$/;
/** `!` before a colon, in a header that does not otherwise parse (`feat(api)!:x`, `Feat !: x`). */
const LOOSE_BANG = /^[A-Za-z][A-Za-z0-9_-]*(?:\([^\r\n]*?\))?[ \t]*!:/;
/** git's `Revert "<header>"` (nested: `Revert "Revert "x""`). */
const GIT_REVERT = /^Revert "(.*)"$/;
const REVERTS_COMMIT = /^This reverts commit ([0-9a-f]{7,64})\b/m;
const FOOTER = /^(BREAKING CHANGE|BREAKING-CHANGE|[A-Za-z0-9][A-Za-z0-9-]*)(?:: | #)(.*)$/;
/** A breaking-change note as conventional-commits-parser finds it, with the colon required. */
const BREAKING_NOTE = /^[\s|*]*(BREAKING[ -]CHANGE):[ \t]*(.*)$/i;
/** release-please's `Release-As: 1.2.3` (a `v` before the version is tolerated, as release-please does). */
const RELEASE_AS = /^[ \t]*Release-As:[ \t]*v?(\S+)[ \t]*$/im;
/** Parses a commit message: header, body, footers and breaking-change notes, whatever the header. */
function parseCommit(message) {
    const text = message.replace(/\r\n?/g, '\n');
    const newline = text.indexOf('\n');
    const header = (newline < 0 ? text : text.slice(0, newline)).trim();
    const rest = newline < 0 ? '' : text.slice(newline + 1);
    const { body, footers, notes } = splitFooters(rest);
    const releaseAs = RELEASE_AS.exec(rest)?.[1];
    let type;
    let scope;
    let description = header;
    let bang = false;
    let revert;
    const m = HEADER.exec(header);
    const reverted = m ? undefined : GIT_REVERT.exec(header);
    if (m) {
        type = (m[1] ?? '').toLowerCase();
        scope = m[2] === undefined || m[2].trim() === '' ? undefined : m[2].trim();
        bang = m[3] === '!';
        description = (m[4] ?? '').trim();
    }
    else if (reverted) {
        type = 'revert';
        description = reverted[1] ?? '';
        revert = { header: description, sha: REVERTS_COMMIT.exec(rest)?.[1] };
    }
    else {
        bang = LOOSE_BANG.test(header);
    }
    const breaking = bang || notes.length > 0;
    const note = notes.filter((n) => n !== '').join('\n\n');
    return {
        header,
        type,
        scope,
        description,
        revert,
        breaking,
        breakingNote: note !== '' ? note : breaking ? description : undefined,
        releaseAs,
        body,
        footers,
    };
}
/** Parses a commit message; undefined when its header is neither a Conventional Commit nor a git revert. */
function parseConventionalCommit(message) {
    const parsed = parseCommit(message);
    return parsed.type === undefined ? undefined : parsed;
}
const NESTED = /^BEGIN_NESTED_COMMIT[ \t]*\n([\s\S]*?)\n[ \t]*END_NESTED_COMMIT[ \t]*$/gm;
/**
 * release-please's nested commits: each `BEGIN_NESTED_COMMIT` ... `END_NESTED_COMMIT` block is a
 * commit message of its own. Returns the message without the blocks first, then each block's
 * message; just `[message]` when there are none.
 */
function splitNestedCommits(message) {
    if (!message.includes('BEGIN_NESTED_COMMIT'))
        return [message];
    const text = message.replace(/\r\n?/g, '\n');
    const nested = [];
    const outer = text.replace(NESTED, (_block, inner) => {
        if (inner.trim() !== '')
            nested.push(inner.trim());
        return '';
    });
    return [outer.replace(/\n{3,}/g, '\n\n').trim(), ...nested];
}
/**
 * Footers start at the first line, after a blank line, that is a footer token, and run to the end;
 * a line that is not a new token continues the previous footer's value (multi-line footers).
 * A breaking-change note is honoured anywhere after the header (tools and people put it straight
 * after the body, indent it, bullet it, or start its text on the next line); its text runs to the
 * next footer token, note or blank-line-separated paragraph that is not a continuation.
 */
function splitFooters(rest) {
    const lines = rest.split('\n');
    const notes = [];
    for (let i = 0; i < lines.length; i++) {
        const note = BREAKING_NOTE.exec(lines[i] ?? '');
        if (!note)
            continue;
        const text = (note[2] ?? '').trim() === '' ? [] : [(note[2] ?? '').trim()];
        // The note's text continues on the following lines, up to a blank line once text has started,
        // another note, or a footer token.
        for (let j = i + 1; j < lines.length; j++) {
            const next = lines[j] ?? '';
            if (BREAKING_NOTE.test(next) || FOOTER.test(next))
                break;
            if (next.trim() === '') {
                if (text.length > 0)
                    break;
                continue;
            }
            text.push(next.trimEnd());
            i = j;
        }
        notes.push(text.join('\n').trim());
    }
    let start = -1;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (BREAKING_NOTE.test(line)) {
            // A breaking-change note always starts the footers.
            start = i;
            break;
        }
        const afterBlank = i === 0 || (lines[i - 1] ?? '').trim() === '';
        if (afterBlank && FOOTER.test(line) && isFooterBlock(lines, i)) {
            start = i;
            break;
        }
    }
    if (start < 0)
        return { body: rest.trim(), footers: [], notes };
    const footers = [];
    for (const line of lines.slice(start)) {
        const note = BREAKING_NOTE.exec(line);
        const m = note ? undefined : FOOTER.exec(line);
        const last = footers[footers.length - 1];
        if (note)
            footers.push({ token: (note[1] ?? '').toUpperCase(), value: (note[2] ?? '').trim() });
        else if (m)
            footers.push({ token: m[1] ?? '', value: (m[2] ?? '').trim() });
        else if (last !== undefined)
            last.value = `${last.value}\n${line}`.trim();
    }
    return { body: lines.slice(0, start).join('\n').trim(), footers, notes };
}
/** True when every paragraph from `start` on begins with a footer token (Git trailers style). */
function isFooterBlock(lines, start) {
    for (let i = start; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const afterBlank = (lines[i - 1] ?? '').trim() === '';
        if (i > start && afterBlank && line.trim() !== '' && !FOOTER.test(line) && !BREAKING_NOTE.test(line))
            return false;
    }
    return true;
}
const DEFAULT_COMMIT_TYPES = {
    major: [],
    minor: ['feat'],
    patch: ['fix', 'perf', 'revert'],
};
/** The bump of one commit: major when breaking (whatever the header), else by its type; none without one. */
function bumpForCommit(commit, rules) {
    if (commit.breaking)
        return 'major';
    if (commit.type === undefined)
        return 'none';
    if (rules.major.includes(commit.type))
        return 'major';
    if (rules.minor.includes(commit.type))
        return 'minor';
    if (rules.patch.includes(commit.type))
        return 'patch';
    return 'none';
}

;// CONCATENATED MODULE: ./packages/core/src/version/classify.ts
/**
 * One commit read for the version: its bump and why (Conventional Commits, custom patterns or the
 * default for unmatched commits), kept slim for the changelog and described for the reasons.
 */

/**
 * Classifies one commit. With Conventional Commits on, a message is read whatever its header
 * (a breaking-change note or `!` makes it major), and each release-please nested commit in it is
 * an entry of its own; so one commit gives one or more entries.
 */
function classify(message, sha, parents, options) {
    const isMerge = parents > 1;
    if (!options.conventionalCommits) {
        const base = {
            sha,
            subject: firstLine(message),
            isMerge,
            nested: false,
            conventional: undefined,
            releaseAs: undefined,
        };
        return [{ ...base, ...byPatterns(message, options) }];
    }
    const parts = splitNestedCommits(message);
    const entries = [];
    parts.forEach((text, i) => {
        if (i === 0 && parts.length > 1 && text === '')
            return;
        const parsed = parseCommit(text);
        const base = {
            sha,
            subject: parsed.header,
            isMerge: isMerge && i === 0,
            nested: i > 0,
            conventional: parsed,
            releaseAs: parsed.releaseAs,
        };
        if (parsed.type !== undefined || parsed.breaking) {
            entries.push({ ...base, bump: bumpForCommit(parsed, options.commitTypes), source: 'conventional-commits' });
        }
        else {
            entries.push({ ...base, ...byPatterns(text, options) });
        }
    });
    return entries;
}
function firstLine(message) {
    return message.split('\n', 1)[0]?.trim() ?? '';
}
function byPatterns(message, options) {
    if (options.majorPattern?.test(message))
        return { bump: 'major', source: 'patterns' };
    if (options.minorPattern?.test(message))
        return { bump: 'minor', source: 'patterns' };
    return { bump: options.defaultBump ?? (options.conventionalCommits ? 'none' : 'patch'), source: 'default-bump' };
}
/** Breaking-change notes are kept for the changelog (the migration note is the point), within reason. */
const NOTE_CHARS = 2000;
function slim(c) {
    const cc = c.conventional;
    const subject = c.subject.length > 300 ? `${c.subject.slice(0, 300)}…` : c.subject;
    if (cc === undefined)
        return { ...c, subject };
    const { type, scope, description, breaking, revert } = cc;
    const note = cc.breakingNote;
    const breakingNote = note === undefined || note.length <= NOTE_CHARS ? note : `${note.slice(0, NOTE_CHARS)}…`;
    return { ...c, subject, conventional: { type, scope, description, breaking, breakingNote, revert } };
}
const SOURCE_ORDER = ['conventional-commits', 'patterns', 'default-bump'];
function describeCommit(c) {
    const cc = c.conventional;
    const why = c.source === 'conventional-commits'
        ? cc?.breaking
            ? cc.type === undefined
                ? 'breaking change; the header is not a Conventional Commit'
                : 'breaking change'
            : cc?.revert !== undefined
                ? `revert${cc.revert.sha ? ` of ${cc.revert.sha.slice(0, 7)}` : ''}`
                : `type ${cc?.type ?? ''}`
        : c.source === 'patterns'
            ? `matches the ${c.bump}-pattern`
            : 'default bump for commits matching nothing';
    return `${c.sha.slice(0, 7)} ${shorten(c.subject)} (${why}${c.nested ? ', nested commit' : ''})`;
}
function shorten(subject) {
    return subject.length > 100 ? `${subject.slice(0, 100)}…` : subject;
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
const BUMP_WORDS = (/* unused pure expression or super */ null && (['major', 'minor', 'patch', 'none']));
function parseTagPrefix(get, name = 'tag-prefix') {
    const raw = get(name);
    // Not trimmed: a prefix with spaces is an error, not something to repair silently.
    const accepted = 'characters allowed in a git tag name (no spaces, none of ~ ^ : ? * [ \\, no "..", no "@{")';
    if (/\s/.test(raw) ||
        hasControlCharacter(raw) ||
        /[~^:?*[\\]/.test(raw) ||
        raw.includes('..') ||
        raw.includes('@{')) {
        throw inputError(name, raw, accepted, "The prefix is matched literally: 'v' matches v1.2.3, '' matches 1.2.3.");
    }
    if (raw.startsWith('/') || raw.startsWith('.') || raw.startsWith('-') || raw.includes('//') || raw.includes('/.')) {
        throw inputError(name, raw, accepted);
    }
    return raw;
}
function bumpWord(name, raw, allowEmpty) {
    const value = raw.trim().toLowerCase();
    if (value === '' && allowEmpty)
        return undefined;
    const found = BUMP_WORDS.find((b) => b === value);
    if (found === undefined)
        throw inputError(name, raw.trim(), `one of ${BUMP_WORDS.join(', ')}${allowEmpty ? ' or empty' : ''}`);
    return found;
}
function parseBumpLabels(get, name) {
    const result = { major: [], minor: [], patch: [], skip: [] };
    for (const line of splitList(get(name), false)) {
        const at = line.indexOf('=');
        const key = at < 0 ? '' : line.slice(0, at).trim().toLowerCase();
        const target = key === 'none' ? 'skip' : key;
        if (at <= 0 || !(target in result)) {
            throw inputError(name, line, 'lines of the form <major|minor|patch|skip>=<label>[, <label>...]');
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
            throw inputError(name, t, 'Conventional Commits types such as feat, fix, perf');
    }
    return types;
}
function parseChannel(name, raw) {
    if (!isChannelName(raw)) {
        throw inputError(name, raw, 'a prerelease identifier: letters, digits and hyphens, not only digits (e.g. rc, beta)');
    }
    return raw;
}
function parseBranchChannels(get, name) {
    return splitList(get(name), false).map((line) => {
        const at = line.lastIndexOf('=');
        const glob = at < 0 ? '' : line.slice(0, at).trim();
        const channel = at < 0 ? '' : line.slice(at + 1).trim();
        if (glob === '' || channel === '')
            throw inputError(name, line, 'lines of the form <branch glob>=<channel>, e.g. release/*=rc');
        if (!isChannelName(channel)) {
            throw inputError(name, line, 'a channel of letters, digits and hyphens, not only digits (e.g. release/*=rc)');
        }
        return { glob, pattern: globToRegExp(glob), channel };
    });
}
/**
 * The git pathspecs `paths` stands for (git log reads them relative to the directory it runs in).
 * Each item selects the files at it and everything beneath it, wildcards or not: `packages/api` and
 * `services/*\/src` alike select every file under the directories they name. Wildcards are git's
 * `:(glob)` ones: `*`, `?` and `[…]` never match a `/`; `**` as a whole segment (`**\/x`, `a/**\/b`,
 * `x/**`) spans any number of directories, none included. A glob without a `/` matches at any
 * depth, as in .gitignore: `*.md` is every .md file (as git's plain pathspec took it before, so
 * `:!*.md` still leaves out every one), `docs/*.md` those directly in docs. An item naming an
 * existing path exactly also selects it literally (git tries that first: `a[1]` is the directory
 * a[1] too). `:!<item>` and `:^<item>` leave out the same files. Each item is two pathspecs:
 * `<item>` for what it names, `<item>/**` for what lies beneath; a trailing `/` is dropped first.
 */
function pathspecs(paths) {
    return paths.flatMap((item) => {
        const exclude = /^:[!^]/.test(item);
        const given = (exclude ? item.slice(2) : item).replace(/(?<=[^/])\/+$/, '');
        const path = !given.includes('/') && /[*?[]/.test(given) ? `**/${given}` : given;
        const magic = exclude ? ':(exclude,glob)' : ':(glob)';
        return [`${magic}${path}`, `${magic}${path}/**`];
    });
}
/** What `paths` takes, for its errors: here, and where git refuses one anyway (commit-facts.ts). */
const PATHS_ACCEPTED = 'paths or globs relative to the repository (packages/api, services/*/src), or :!<path> to leave one out';
/**
 * `paths`: the commits counted are those touching it (what each item selects: `pathspecs`). Taken: a
 * path or glob, and `:!<path>` (or `:^<path>`) to leave one out. Any other pathspec magic (`:(glob)`,
 * `:(exclude)`, `:/`, `:(attr:…)`) is refused here, naming the input, rather than reaching git as an
 * argument it fails on.
 */
function parsePaths(get, name = 'paths') {
    return list(get, name).map((item) => {
        const path = /^:[!^]/.test(item) ? item.slice(2) : item;
        if (path.startsWith(':')) {
            throw inputError(name, item, PATHS_ACCEPTED, 'Git pathspec magic (:(glob), :(exclude), :/ …) is not taken: write the path or glob itself, or :!<path> to exclude it.');
        }
        if (path.trim() === '')
            throw inputError(name, item, PATHS_ACCEPTED);
        return item;
    });
}
/** Inputs whose values are secrets, masked as soon as they are read. */
const SEMVER_CALCULATE_SECRETS = (/* unused pure expression or super */ null && (['github-token']));
/**
 * `labels`: label names, one per line or comma-separated (GitLab's CI_MERGE_REQUEST_LABELS as it
 * is). Empty: undefined, the labels are read from GitHub.
 */
function parseLabelsInput(get, name = 'labels') {
    const labels = splitList(get(name));
    for (const label of labels) {
        if (hasControlCharacter(label)) {
            throw inputError(name, label, 'label names, one per line or comma-separated, without control characters (e.g. minor or semver:major)');
        }
    }
    return labels.length === 0 ? undefined : labels;
}
/** Parses and validates every semver-calculate input; each error names its input. */
function parseSemverCalculateInputs(get) {
    const conventionalCommits = boolean(get, 'conventional-commits', true);
    const initialVersion = text(get, 'initial-version') || '0.1.0';
    if (parseVersion(initialVersion) === undefined) {
        throw inputError('initial-version', initialVersion, 'a SemVer 2.0.0 version without prefix, e.g. 0.1.0 or 1.0.0, with major, minor and patch at most 9007199254740991 (2^53 - 1)');
    }
    const prerelease = optionalText(get, 'prerelease');
    const prChannel = optionalText(get, 'pr-channel');
    const minor = parseTypes(get, 'minor-types');
    const patch = parseTypes(get, 'patch-types');
    return {
        tagPrefix: parseTagPrefix(get),
        paths: parsePaths(get),
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
        buildMetadata: boolean(get, 'build-metadata', false),
        fetchDepthPolicy: oneOf(get, 'fetch-depth-policy', ['deepen', 'fail'], 'deepen'),
        previousFrom: oneOf(get, 'previous-from', ['merged', 'all'], 'merged'),
        comment: boolean(get, 'comment', true),
        token: get('github-token').trim(),
        labels: parseLabelsInput(get, 'labels'),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/version/commit-facts.ts
/**
 * Facts read from git history for the version: the version tag HEAD carries, the highest of a
 * set of tags, and the commits since the previous release, classified and streamed.
 */





/** Commits kept for the changelog and the reasons; counting goes on past it. */
const KEEP_COMMITS = 250;
const REASON_LINES = 10;
function highest(tags, filter) {
    let best;
    for (const t of tags)
        if (filter(t) && (best === undefined || t.compare(best) > 0))
            best = t;
    return best;
}
/**
 * A refusal of git's that is about the `paths` given (a pathspec it cannot read, a path outside the
 * repository) made the input error it is, naming `paths`, with git's message as the hint.
 */
async function pathsNamed(paths, work) {
    try {
        return await work;
    }
    catch (error) {
        if (paths.length > 0 &&
            error instanceof errors/* ArtefactsError */.E &&
            error.code === 'GIT_FAILED' &&
            /pathspec|outside (the )?repository/i.test(error.message)) {
            throw (0,errors/* inputError */.Xu)('paths', paths.join(', '), PATHS_ACCEPTED, error.message);
        }
        throw error;
    }
}
/** The range `gatherCommits` reads: from `previousStable` (exclusive; the beginning when undefined) to `sha`. */
function commitRange(previousStable, sha, options) {
    return {
        ...(previousStable ? { from: `refs/tags/${previousStable.tag}` } : {}),
        to: sha,
        paths: pathspecs(options.paths),
    };
}
/**
 * Streams and classifies the commits from `previousStable` (exclusive; the beginning when
 * undefined) to `sha`, from `prefetched` when that log is of the same range.
 */
async function gatherCommits(cwd, previousStable, sha, options, prefetched) {
    // Commits since the previous stable release, streamed; prerelease tags never count as previous.
    const kept = [];
    let unparsedReason;
    let commitsSince = 0;
    let commitBump = 'none';
    let commitSource;
    const deciding = [];
    let releaseAsFound;
    // Commits whose header is not a Conventional Commit (merges aside): reported, never silently dropped.
    const unparsed = [];
    let unparsedCount = 0;
    await pathsNamed(options.paths, (0,git_history/* streamCommits */.Tp)(cwd, commitRange(previousStable, sha, options), (commit) => {
        commitsSince++;
        for (const c of classify(commit.message, commit.sha, commit.parents.length, options)) {
            if (kept.length < KEEP_COMMITS)
                kept.push(slim(c));
            // Newest first: the first Release-As met is the newest.
            if (c.releaseAs !== undefined && releaseAsFound === undefined)
                releaseAsFound = { commit: slim(c), value: c.releaseAs };
            if (c.conventional !== undefined &&
                c.conventional.type === undefined &&
                !c.isMerge &&
                !c.conventional.breaking) {
                if (unparsedCount++ < 5)
                    unparsed.push(slim(c));
            }
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
        }
    }, prefetched));
    if (unparsedCount > 0) {
        const shown = unparsed.map((c) => `${c.sha.slice(0, 7)} ${shorten(c.subject)}`).join('; ');
        // Logged by the caller, once the facts are final.
        unparsedReason =
            `${unparsedCount} commit(s) with a header that is not a Conventional Commit, read for breaking changes ` +
                `and Release-As only: ${shown}${unparsedCount > unparsed.length ? '; …' : ''}`;
    }
    return { commitsSince, kept, commitBump, commitSource, deciding, releaseAsFound, unparsedReason };
}
/**
 * The version tag HEAD carries, if any: the pushed tag on a tag push, else the highest stable
 * version merged into HEAD, else the highest prerelease on this run's channel, when it points at
 * HEAD. Only these few candidates are peeled, never all tags (their commits mostly come with the
 * ancestry check that found them).
 */
async function taggedAtHead(merged, sha, tagRef, channel) {
    const candidates = [
        await merged.find(tagRef),
        await merged.highest((t) => !t.isPrerelease),
        channel === undefined
            ? undefined
            : await merged.highest((t) => t.isPrerelease && t.version.prerelease[0] === channel),
    ].filter((t) => t !== undefined);
    if (candidates.length === 0)
        return undefined;
    const commits = await merged.commitsOf(candidates);
    return candidates.find((t) => commits.get(t.tag) === sha);
}

;// CONCATENATED MODULE: ./packages/core/src/version/merged-tags.ts
/**
 * Version tags merged into a commit, answered lazily. The calculation only ever asks "the highest
 * merged tag such that ...", so instead of `for-each-ref --merged` over every tag (git then walks
 * the whole history: 1.6 s at 200k commits without a commit-graph), tags are sorted highest first
 * and only the leading candidates are checked, a few at a time, with batches growing when the
 * answer is further down. Past a bound, one full `--merged` listing answers everything at once,
 * so the worst case costs what the eager listing always cost.
 */


const FIRST_BATCH = 4;
const GROWTH = 8;
/** Beyond this many unknown candidates, one full `--merged` listing is cheaper than more batches. */
const FULL_LISTING_AT = 512;
class MergedTags {
    cwd;
    target;
    prefix;
    /** Every version tag, highest version first; ties keep git's refname order. */
    sorted;
    known = new Map();
    /** The commits merged tags point at, as the batched checks read them. */
    commits = new Map();
    listedAll = false;
    /** How many git processes answered: for the debug log and the tests. */
    queries = 0;
    constructor(cwd, target, prefix, tags) {
        this.cwd = cwd;
        this.target = target;
        this.prefix = prefix;
        this.sorted = [...tags].sort((a, b) => b.compare(a));
    }
    /** The highest-versioned tag merged into the target that passes `filter` (first in refname order on ties). */
    async highest(filter) {
        let batch = FIRST_BATCH;
        for (let i = 0; i < this.sorted.length; i++) {
            const t = this.sorted[i];
            if (!filter(t))
                continue;
            let merged = this.known.get(t.tag);
            if (merged === undefined) {
                await this.resolve(this.unknownFrom(i, filter, batch));
                batch *= GROWTH;
                merged = this.known.get(t.tag) === true;
            }
            if (merged)
                return t;
        }
        return undefined;
    }
    /** The highest-versioned tag that passes `filter`, merged or not: a guess, answered without git. */
    highestUnchecked(filter) {
        return this.sorted.find(filter);
    }
    /** The tag named `name`, when it is a version tag merged into the target. */
    async find(name) {
        if (name === undefined)
            return undefined;
        const t = this.sorted.find((candidate) => candidate.tag === name);
        if (t === undefined)
            return undefined;
        if (!this.known.has(name))
            await this.resolve([t]);
        return this.known.get(name) === true ? t : undefined;
    }
    /** Up to `limit` tags from position `start` on that pass `filter` and are not yet known. */
    unknownFrom(start, filter, limit) {
        const out = [];
        for (let i = start; i < this.sorted.length && out.length < limit; i++) {
            const t = this.sorted[i];
            if (filter(t) && !this.known.has(t.tag))
                out.push(t);
        }
        return out;
    }
    async resolve(candidates) {
        this.queries++;
        if (candidates.length >= FULL_LISTING_AT && !this.listedAll) {
            const merged = new Set(await listTags(this.cwd, this.prefix, { mergedInto: this.target }));
            for (const t of this.sorted)
                this.known.set(t.tag, merged.has(t.tag));
            this.listedAll = true;
            return;
        }
        const merged = await tagsMergedInto(this.cwd, this.target, candidates.map((t) => t.tag));
        for (const t of candidates) {
            this.known.set(t.tag, merged.has(t.tag));
            const commit = merged.get(t.tag);
            if (commit !== undefined)
                this.commits.set(t.tag, commit);
        }
    }
    /** The commits `tags` point at (annotated tags peeled): those the checks read, one `rev-parse` for the rest. */
    async commitsOf(tags) {
        const out = new Map();
        const rest = [];
        for (const t of tags) {
            const commit = this.commits.get(t.tag);
            if (commit === undefined)
                rest.push(t.tag);
            else
                out.set(t.tag, commit);
        }
        for (const [tag, commit] of await peelTags(this.cwd, rest))
            out.set(tag, commit);
        return out;
    }
}

// EXTERNAL MODULE: ./packages/core/src/order.ts
var order = __nccwpck_require__(6729);
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
function line(c, withNote = false) {
    const cc = c.conventional;
    const text = cc?.type !== undefined
        ? `${cc.scope ? `**${escapeMarkdown(cc.scope)}:** ` : ''}${escapeMarkdown(cc.description)}`
        : escapeMarkdown(c.subject);
    const shown = text.length > 200 ? `${text.slice(0, 200)}…` : text;
    const item = `- ${shown} (${c.sha.slice(0, 7)})`;
    const note = cc?.breakingNote;
    // The migration note is the point of a breaking change: kept, indented under its item.
    if (!withNote || note === undefined || note === '' || note === cc?.description)
        return item;
    const indented = note
        .split('\n')
        .map((l) => (l.trim() === '' ? '' : `  ${escapeMarkdown(l.trimEnd())}`))
        .join('\n');
    return `${item}\n\n${indented}\n`;
}
/**
 * Commits since the previous tag as a markdown list grouped by type; merge commits left out unless
 * they carry a breaking change. Breaking changes come first with the text of their notes; git's
 * `Revert "..."` commits are listed under Reverts; commits whose header is not a Conventional
 * Commit under Other changes.
 */
function renderChangelog(commits, total) {
    const groups = new Map();
    const add = (key, text) => groups.set(key, [...(groups.get(key) ?? []), text]);
    for (const c of commits) {
        const cc = c.conventional;
        if (c.isMerge && cc?.type === undefined && cc?.breaking !== true)
            continue;
        if (cc?.breaking)
            add('breaking', line(c, true));
        else if (cc?.type !== undefined)
            add(cc.type, line(c));
        else
            add('other', line(c));
    }
    const sections = [];
    for (const g of GROUPS) {
        const items = groups.get(g.key);
        if (items)
            sections.push(`### ${g.title}\n\n${items.join('\n').replace(/\n+$/, '')}`);
    }
    for (const [key, items] of [...groups].sort(([a], [b]) => (0,order/* compareText */.n)(a, b))) {
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

// EXTERNAL MODULE: ./packages/core/src/github/api.ts
var github_api = __nccwpck_require__(5793);
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

;// CONCATENATED MODULE: ./packages/core/src/version/run-context.ts





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
        if (!(await (0,git_history/* hasCommit */.QE)(cwd, head))) {
            environment.logger.info(`The PR head ${head.slice(0, 7)} is not in the clone; fetching it from origin.`);
            await (0,git/* gitRaw */.Pm)(['fetch', '--quiet', '--filter=blob:none', 'origin', head], { cwd });
            if (!(await (0,git_history/* hasCommit */.QE)(cwd, head))) {
                throw new errors/* ArtefactsError */.E('GIT_FAILED', `The pull request head ${head} is not in the clone and could not be fetched from origin.`, {
                    hint: "Use actions/checkout with 'fetch-depth: 0', or check out the PR head (ref: ${{ github.event.pull_request.head.sha }}).",
                });
            }
        }
        return head;
    }
    return headSha;
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
async function labelsFor(options, environment, ctx, assumptions) {
    if (options.labels !== undefined) {
        // Given directly (a merge request on another CI): GitHub is not asked, even on a pull request.
        const line = `the pull request labels come from the labels input: ${options.labels.join(', ')}`;
        environment.logger.info(`${line[0]?.toUpperCase() ?? ''}${line.slice(1)}.`);
        assumptions.push(line);
        return [...options.labels];
    }
    if (ctx.pr !== undefined)
        return [...ctx.pr.labels];
    const github = environment.github;
    if (github === undefined || github.eventName !== 'push' || ctx.branch === undefined)
        return [];
    if (options.token === '') {
        assumptions.push('no github-token: labels of the pull request behind this push not looked up');
        return [];
    }
    const api = new github_api/* GitHubApi */.y({
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
        environment.logger.warning(`Could not look up the pull request behind ${ctx.sha.slice(0, 7)} (${(0,errors/* describeError */.Uc)(error)}); ` +
            'its labels are not considered, the bump comes from the commits.');
        return [];
    }
}

;// CONCATENATED MODULE: ./packages/core/src/version/calculate.ts









/** The Release-As version when it can be used; otherwise a warning says why it is ignored. */
function usableReleaseAs(found, previous, logger) {
    if (found === undefined)
        return undefined;
    const where = `'Release-As: ${found.value}' in ${found.commit.sha.slice(0, 7)} ${shorten(found.commit.subject)}`;
    const version = semver_parseVersion(found.value);
    if (version === undefined || version.prerelease.length > 0 || version.build.length > 0) {
        logger.warning(`Ignoring ${where}: not a stable SemVer version (major.minor.patch, e.g. 2.0.0).`);
        return undefined;
    }
    if (previous !== undefined && !greater(version, previous.version)) {
        logger.warning(`Ignoring ${where}: not above the previous release ${previous.tag}; versions never go back.`);
        return undefined;
    }
    return version.version;
}
/**
 * Reads the version tags (from `listed`, names already listed, when given), the tag HEAD carries,
 * the previous release and the commits since it.
 */
async function readHistory(environment, options, target, listed) {
    const { cwd, logger } = environment;
    const { sha, ctx } = target;
    const prefix = options.tagPrefix;
    // Every version tag is listed (cheap); which are merged into HEAD is asked lazily, highest first.
    const all = await readVersionTags(cwd, prefix, logger, listed === undefined ? undefined : Promise.resolve(listed));
    const merged = new MergedTags(cwd, sha, prefix, all);
    // The previous release is most often the highest stable tag: its log starts now, beside the
    // ancestry checks that confirm it, and is read only if they do (else cancelled unread).
    const guess = merged.highestUnchecked((t) => !t.isPrerelease);
    const prefetched = guess === undefined ? undefined : (0,git_history/* prefetchCommits */.Yt)(cwd, commitRange(guess, sha, options));
    try {
        // HEAD already released: output that version as-is.
        const tagged = ctx.pr === undefined ? await taggedAtHead(merged, sha, ctx.tagRef, target.channel) : undefined;
        const previousFilter = (t) => !t.isPrerelease && (tagged === undefined || t.compare(tagged) < 0);
        const previousStable = options.previousFrom === 'all' ? highest(all, previousFilter) : await merged.highest(previousFilter);
        logger.debug(`${all.length} version tags in the repository; ${merged.queries} ancestry checks against ${sha.slice(0, 7)}.`);
        const facts = await gatherCommits(cwd, previousStable, sha, options, prefetched);
        return { all, merged, tagged, previousStable, facts };
    }
    finally {
        prefetched?.records.cancel();
    }
}
/**
 * The tags a result was read from, whose moving on the remote would change it: the previous
 * release, every tag above it (merged here or not), and the tag HEAD carries. A tag below the
 * previous release cannot change which release is the previous one, wherever it points.
 */
function watchedTags(read) {
    const { all, previousStable, tagged } = read;
    const names = all.filter((t) => previousStable === undefined || t.compare(previousStable) >= 0).map((t) => t.tag);
    if (tagged !== undefined && !names.includes(tagged.tag))
        names.push(tagged.tag);
    return names;
}
/**
 * Computes the version for the checked-out commit (the PR head on pull requests). Reads git in
 * `environment.cwd`, completing a shallow clone, or one whose version tags differ from its remote's,
 * first (or failing, per `fetchDepthPolicy`), and asks GitHub for the labels of the PR behind a
 * pushed merge commit when a token is given.
 */
async function calculateVersion(options, environment) {
    const { cwd, logger } = environment;
    const prefix = options.tagPrefix;
    // The tag listing does not depend on HEAD, so it runs beside the HEAD query. A failure is read
    // where the listing is awaited (headFacts reports a missing repository first).
    const listing = listTags(cwd, prefix);
    listing.catch(() => undefined);
    const heading = (0,git_history/* headFacts */.k2)(cwd);
    // The remote's version tags, beside all the local work: one ls-remote once `git remote` names a
    // remote (none: nothing asked). A shallow clone is completed anyway, so its remote is not asked.
    const remoteName = Promise.all([heading, pickRemote(cwd)]).then(([h, remote]) => (h.shallow ? undefined : remote));
    const remoteTags = remoteName.then((remote) => remote === undefined ? undefined : remoteVersionTags(cwd, remote, prefix));
    remoteTags.catch(() => undefined);
    const head = await heading;
    const partial = readContext(environment, head.branch);
    let deepened = false;
    let why = 'the clone was shallow';
    let from = 'origin';
    if (head.shallow) {
        await (0,git_history/* completeHistory */.Cx)(cwd, 'the clone is shallow (actions/checkout fetches one commit by default)', {
            policy: options.fetchDepthPolicy,
            logger,
        });
        deepened = true;
    }
    const sha = await resolveTarget(cwd, partial, head.sha, environment);
    const ctx = { ...partial, sha };
    const channel = channelFor(options, ctx);
    const target = { sha, ctx, channel: channel?.channel };
    // A clone whose version tags are not the remote's (released there since it was fetched, or moved)
    // is completed before any result is used; true when it was. `read`: what was read from its tags.
    let compared = false;
    const completeStaleTags = async (read) => {
        if (deepened || compared)
            return false;
        compared = true;
        if ((await remoteName) === undefined)
            return false;
        const watched = read === undefined ? [] : watchedTags(read);
        const [listed, objects] = await Promise.all([remoteTags, localTagObjects(cwd, prefix, watched)]);
        if (listed === undefined)
            return false;
        if (listed.failure !== undefined) {
            logger.warning(unreadableRemoteWarning(listed, prefix));
            return false;
        }
        const drift = tagDrift(listed, read?.all ?? [], objects, prefix);
        if (drift === undefined)
            return false;
        for (const m of drift.moved) {
            logger.warning(`The version tag ${m.tag} names ${m.local} in this clone but ${m.remote} on '${drift.remote}': ` +
                `the version is computed from '${drift.remote}'s, which replaces the local one.`);
        }
        await (0,git_history/* completeHistory */.Cx)(cwd, driftReason(drift), { policy: options.fetchDepthPolicy, logger, remote: drift.remote });
        deepened = true;
        why = `the clone lacked version tags of '${drift.remote}', or had them on other objects`;
        from = drift.remote;
        return true;
    };
    let listed = deepened ? undefined : await listing;
    // No version tag here at all: the remote decides before an empty list is read (and warned about).
    if (listed !== undefined && !listed.some((n) => parseVersionTag(n, prefix) !== undefined)) {
        if (await completeStaleTags())
            listed = undefined;
    }
    let history = await readHistory(environment, options, target, listed);
    // Computed beside the remote's answer; computed again from the fetched tags when they differed.
    if (await completeStaleTags(history))
        history = await readHistory(environment, options, target);
    const { all, merged, tagged, previousStable, facts } = history;
    const assumptions = [...ctx.assumptions];
    if (deepened)
        assumptions.push(`${why}: fetched history and tags from '${from}'`);
    for (const line of assumptions)
        logger.info(`Assuming ${line}.`);
    const { commitsSince, kept, commitBump, commitSource, deciding, releaseAsFound, unparsedReason } = facts;
    if (unparsedReason !== undefined)
        logger.info(unparsedReason);
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
    const fromInput = options.labels === undefined ? '' : ' (from the labels input)';
    let bump;
    let bumpSource;
    const reasons = [];
    const skip = has(options.bumpLabels.skip);
    const labelBumps = ['major', 'minor', 'patch'].filter((b) => has(options.bumpLabels[b]).length > 0);
    const releaseAs = options.increment === undefined ? usableReleaseAs(releaseAsFound, previousStable, logger) : undefined;
    if (options.increment !== undefined) {
        bump = options.increment;
        bumpSource = 'increment';
        reasons.push(`explicit increment: ${options.increment}`);
    }
    else if (releaseAs !== undefined && releaseAsFound !== undefined) {
        bump = previousStable === undefined ? commitBump : bumpBetween(previousStable.version, releaseAs);
        bumpSource = 'release-as';
        const c = releaseAsFound.commit;
        reasons.push(`${c.sha.slice(0, 7)} ${shorten(c.subject)} (Release-As: ${releaseAs})`);
    }
    else if (skip.length > 0) {
        bump = 'none';
        bumpSource = 'skip-label';
        reasons.push(`label ${skip.map((l) => `"${l}"`).join(', ')}${fromInput}: no release`);
    }
    else if (labelBumps.length > 0) {
        bump = labelBumps.reduce((a, b) => maxBump(a, b), 'none');
        bumpSource = 'labels';
        for (const b of labelBumps)
            reasons.push(`label ${has(options.bumpLabels[b])
                .map((l) => `"${l}"`)
                .join(', ')}${fromInput}: ${b}`);
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
        if (unparsedReason !== undefined)
            reasons.push(unparsedReason);
    }
    else {
        bump = commitBump;
        bumpSource = commitSource;
        reasons.push(...deciding.map(describeCommit));
        if (unparsedReason !== undefined)
            reasons.push(unparsedReason);
    }
    let release;
    let releaseBump = bump;
    if (releaseAs !== undefined) {
        // Release-As names the version: no initial version, no 0.x rule, no graduation.
        release = releaseAs;
    }
    else if (previousStable === undefined) {
        release = options.initialVersion.replace(/\+.*$/, '');
        bumpSource = bumpSource === 'increment' ? bumpSource : 'initial-version';
        reasons.push(`no previous stable version tag with prefix '${prefix}': initial version ${release}`);
        // Prereleases before the first stable release (1.0.0-rc.2): the first release graduates them.
        const candidate = await merged.highest((t) => t.isPrerelease);
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
            const target = semver_parseVersion(release);
            if (target === undefined)
                throw beyondNumbers(previousStable, release);
            const candidate = await merged.highest((t) => t.isPrerelease && compareRelease(t, target) > 0);
            if (candidate !== undefined && greater(releaseOf(candidate.version), previousStable.version)) {
                release = releaseOf(candidate.version);
                releaseBump = bumpBetween(previousStable.version, release);
                reasons.push(`graduates the prerelease ${candidate.tag} to ${release}`);
            }
        }
    }
    const noRelease = previousStable !== undefined && bump === 'none' && releaseAs === undefined;
    if (noRelease)
        release = releaseOf(previousStable.version);
    // Prerelease channels.
    let prerelease = '';
    if (channel !== undefined && !noRelease) {
        if (channel.kind === 'pr' && ctx.pr !== undefined) {
            const base = ctx.pr.baseSha !== '' && (await (0,git_history/* hasCommit */.QE)(cwd, ctx.pr.baseSha)) ? ctx.pr.baseSha : undefined;
            const since = base === undefined ? commitsSince : await (0,git_history/* countCommits */.Wt)(cwd, base, sha);
            if (base === undefined)
                assumptions.push('the PR base commit is not in the clone: counted commits since the previous tag');
            prerelease = `${channel.channel}.${ctx.pr.number}.${since}`;
        }
        else {
            const counter = nextChannelCounter(release, channel.channel, all.filter((t) => t.isPrerelease && t.release === release).map((t) => t.version));
            prerelease = `${channel.channel}.${counter}`;
            reasons.push(`channel ${channel.channel}${channel.kind === 'branch' ? ` (branch ${ctx.branch ?? ''})` : ''}: prerelease ${counter}`);
        }
    }
    const build = options.buildMetadata ? `sha.${sha.slice(0, 7)}` : '';
    const version = `${release}${prerelease ? `-${prerelease}` : ''}${build ? `+${build}` : ''}`;
    const parsed = semver_parseVersion(version);
    if (parsed === undefined)
        throw new errors/* ArtefactsError */.E('INTERNAL', `Computed an invalid version '${version}'.`);
    if (!noRelease)
        await refuseReleased(version, { all, merged, prefix, sha });
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
 * A new version must not be one already released: a version tag on a commit that is not HEAD's
 * (a release made on a branch not merged here, whose tag HEAD's history does not see) would make
 * this the second commit of one version. Refused with both named, never output.
 */
async function refuseReleased(version, facts) {
    const { all, merged, prefix, sha } = facts;
    const wanted = parseVersionTag(`${prefix}${version}`, prefix);
    if (wanted === undefined)
        return;
    // Precedence ignores build metadata: v1.1.0 is the release 1.1.0+sha.abc would be again.
    const same = all.filter((t) => t.compare(wanted) === 0);
    if (same.length === 0)
        return;
    const commits = await merged.commitsOf(same);
    const other = same.find((t) => commits.get(t.tag) !== sha);
    if (other === undefined)
        return;
    throw new errors/* ArtefactsError */.E('TAG_CONFLICT', `The next version would be ${version}, but ${other.tag} already names commit ${commits.get(other.tag) ?? '?'}, ` +
        `not ${sha}: that release is on history this commit does not contain, and a version names one commit only.`, {
        hint: 'Merge the branch that carries it into this one, or set previous-from: all (the next version then follows the highest release anywhere), or set the version (increment, or a Release-As footer).',
    });
}
/** A bump past 2^53 - 1 (a tag such as v9007199254740991.0.0): said plainly, not an internal error. */
function beyondNumbers(previous, release) {
    return new errors/* ArtefactsError */.E('UNSUPPORTED', `The version after ${previous.tag} would be ${release}, beyond the largest number a version can carry here (2^53 - 1).`, { hint: 'Check the version tags: such a number is almost always a typo.' });
}

;// CONCATENATED MODULE: ./packages/core/src/version/resolve-version.ts


async function resolveVersion(options, environment) {
    const result = await calculateVersion(defaultVersionOptions({ tagPrefix: options.tagPrefix, token: options.token }), environment);
    environment.logger.info(`No 'version' given: computed ${result.version} as semver-calculate does (${result.bump} from ${result.bumpSource}).`);
    return result.version;
}

// EXTERNAL MODULE: ./packages/core/src/version/tag-rule-syntax.ts
var tag_rule_syntax = __nccwpck_require__(9213);
// EXTERNAL MODULE: ./packages/core/src/version/template.ts
var version_template = __nccwpck_require__(4902);
;// CONCATENATED MODULE: ./packages/core/src/version/tag-rules.ts





/** The largest tag the OCI distribution grammar allows. */
const MAX_TAG_LENGTH = 128;
const HASH_LENGTH = 10;
/**
 * Makes any string a valid OCI tag (`[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`):
 * `+` (semver build metadata) becomes `_` so `1.2.3+sha.1` does not read as the prerelease
 * `1.2.3-sha.1`; every other run of disallowed characters becomes one `-`; a leading `.` or `-`
 * gets a `_` in front; over 128 characters the tag keeps its first 117 characters plus `-` and
 * 10 hex characters of the SHA-256 of the unsanitised input, so distinct long inputs stay distinct.
 */
function sanitizeTag(raw) {
    let tag = raw.replace(/\+/g, '_').replace(/[^a-zA-Z0-9._-]+/g, '-');
    if (tag === '')
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `A tag rendered empty (from ${JSON.stringify(raw)}).`);
    if (!/^[a-zA-Z0-9_]/.test(tag))
        tag = `_${tag}`;
    if (tag.length > MAX_TAG_LENGTH) {
        const hash = (0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex').slice(0, HASH_LENGTH);
        tag = `${tag.slice(0, MAX_TAG_LENGTH - HASH_LENGTH - 1)}-${hash}`;
    }
    return tag;
}
const OCI_TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
/** Rule types whose tag, when it is the first one applied, lets latest=auto add latest (as in metadata-action). */
const LATEST_KINDS = ['semver', 'match', 'tag'];
const missingText = (missing) => missing.map((m) => `{{${m}}}`).join(', ');
/**
 * Applies the template and the rules. Floating tags (`{{major}}.{{minor}}`, `{{major}}`, `latest`)
 * move only forward: each is emitted only when this version is the highest stable one in that
 * tag's own scope, so a backport 1.4.1 after 2.0.0 gets `1.4` and `1` (if no higher 1.x exists)
 * but never `latest`. Version tags and `latest` need this run to be that release (`facts.release`).
 */
function planTags(immutableTemplate, rules, latest, facts) {
    const flavor = facts.flavor ?? tag_rule_syntax/* NO_FLAVOR */.n6;
    const render = (template, values = facts.values) => (0,version_template/* renderTemplate */.Xm)(template, values, facts.time, facts.commitTime ?? facts.time);
    const immutableValues = facts.immutableValues ?? facts.values;
    const rendered = render(immutableTemplate, immutableValues);
    if (rendered.missing.length > 0) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `Input 'template': ${missingText(rendered.missing)} has no value in this run, so the immutable tag cannot be made from ${JSON.stringify(immutableTemplate.source)}.`, {
            hint: '{{pr}} exists only on pull_request events and {{branch}} only where a branch is known; use them in type=raw rules, which are skipped when a value is missing.',
        });
    }
    if (rendered.value.trim() === '') {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `Input 'template': ${JSON.stringify(immutableTemplate.source)} rendered an empty tag.`);
    }
    // flavor's prefix and suffix go on the immutable tag too: variants (suffix=-alpine) must not share one.
    const flavored = (value, values) => {
        const pre = flavor.prefix === undefined ? '' : render(flavor.prefix, values).value;
        const suf = flavor.suffix === undefined ? '' : render(flavor.suffix, values).value;
        return `${pre}${value}${suf}`;
    };
    const immutableRaw = flavored(rendered.value, immutableValues);
    const immutable = sanitizeTag(immutableRaw);
    const tags = new Map();
    const skipped = [];
    let order = 0;
    /** The first rule to apply, by priority then position: it decides latest=auto, as in metadata-action. */
    let first;
    const add = (raw, priority, source, moving, type) => {
        const name = sanitizeTag(raw);
        const index = order++;
        if (type !== undefined && (first === undefined || priority > first.priority))
            first = { priority, index, type };
        const existing = tags.get(name);
        if (existing === undefined || existing.priority < priority) {
            tags.set(name, {
                name,
                priority,
                source: existing?.source ?? source,
                moving: (existing?.moving ?? false) || moving,
                index: existing?.index ?? index,
            });
        }
    };
    for (const rule of rules) {
        if (!rule.enable)
            continue;
        const skip = (reason) => skipped.push({ source: rule.line, reason });
        if (rule.enableWhen !== undefined) {
            const decided = render(rule.enableWhen);
            const value = decided.value.trim().toLowerCase();
            if (decided.missing.length > 0 || (value !== 'true' && value !== 'false')) {
                throw (0,errors/* inputError */.Xu)('tags', rule.line, 'enable= rendering true or false', `enable=${rule.enableWhen.source} rendered ${JSON.stringify(decided.value)}${decided.missing.length > 0 ? ` (no value for ${missingText(decided.missing)})` : ''}.`);
            }
            if (value === 'false') {
                skip(`enable=${rule.enableWhen.source} is false here`);
                continue;
            }
        }
        // prefix/suffix of the rule, else flavor's (metadata-action: a rule's own, even empty, wins).
        const affix = (own, global) => {
            const template = own ?? global;
            return template === undefined ? { value: '', missing: [] } : render(template);
        };
        const pre = affix(rule.prefix, flavor.prefix);
        const suf = affix(rule.suffix, flavor.suffix);
        const emit = (value, moving) => {
            const missing = [...pre.missing, ...suf.missing];
            if (missing.length > 0)
                skip(`no value for ${missingText(missing)}`);
            else if (`${pre.value}${value}${suf.value}` === '')
                skip('rendered empty');
            else
                add(`${pre.value}${value}${suf.value}`, rule.priority, rule.line, moving, rule.type);
        };
        switch (rule.type) {
            case 'semver': {
                if (rule.template === undefined || rule.scope === undefined)
                    break;
                const why = scopeRefusal(rule.scope, facts);
                if (why !== undefined) {
                    skip(why);
                    break;
                }
                // On a prerelease every pattern but {{raw}} gives the full version, as metadata-action does.
                const template = !facts.stable && rule.scope !== 'exact' ? undefined : rule.template;
                const value = template === undefined ? (facts.values.version ?? '') : render(template).value;
                emit(value, rule.scope === 'minor' || rule.scope === 'major');
                break;
            }
            case 'sha':
                emit(facts.revision.slice(0, rule.length ?? facts.shaLength), false);
                break;
            case 'pr':
                if (facts.pr === undefined)
                    skip('not a pull request');
                else
                    emit(String(facts.pr), true);
                break;
            case 'branch':
                if (facts.pr !== undefined)
                    skip('pull request: tagged by type=pr, never by the branch name');
                else if (facts.branch === undefined || facts.branch === '')
                    skip('no branch in this run');
                else
                    emit(facts.branch, true);
                break;
            case 'tag':
                if (facts.refTag === undefined)
                    skip('the ref is not a git tag');
                else
                    emit(facts.refTag, false);
                break;
            case 'schedule':
                if (facts.eventName !== 'schedule')
                    skip('not a schedule event');
                else if (rule.template !== undefined) {
                    const r = render(rule.template);
                    if (r.missing.length > 0)
                        skip(`no value for ${missingText(r.missing)}`);
                    else
                        emit(r.value, true);
                }
                break;
            case 'edge': {
                const wanted = rule.branch ?? facts.defaultBranch;
                if (facts.pr !== undefined)
                    skip('pull request');
                else if (facts.branch === undefined)
                    skip('no branch in this run');
                else if (wanted === undefined)
                    skip('the default branch is not known here: give branch=');
                else if (facts.branch !== wanted)
                    skip(`not a push to ${wanted}`);
                else
                    emit('edge', true);
                break;
            }
            case 'match': {
                if (rule.match === undefined)
                    break;
                if (facts.refTag === undefined) {
                    skip('the ref is not a git tag');
                    break;
                }
                const found = rule.match.regex.exec(facts.refTag);
                const group = found?.[rule.match.group];
                if (found === null)
                    skip(`${rule.match.regex.source} does not match ${facts.refTag}`);
                else if (group === undefined)
                    skip(`group ${rule.match.group} did not match in ${facts.refTag}`);
                else
                    emit(group, true);
                break;
            }
            case 'raw': {
                if (rule.template === undefined)
                    break;
                const r = render(rule.template);
                if (r.missing.length > 0)
                    skip(`no value for ${missingText(r.missing)}`);
                else
                    emit(r.value, true);
                break;
            }
        }
    }
    let latestTag;
    const latestName = () => `${flavor.prefixOnLatest && flavor.prefix ? render(flavor.prefix).value : ''}latest${flavor.suffixOnLatest && flavor.suffix ? render(flavor.suffix).value : ''}`;
    const release = facts.release;
    if (latest === 'true') {
        if (facts.pr !== undefined)
            skipped.push({ source: 'latest', reason: PR_STABLE });
        else if (release !== undefined && !release.ok)
            skipped.push({ source: 'latest', reason: notRelease(release) });
        else
            latestTag = latestName();
    }
    else if (latest === 'auto') {
        if (!facts.stable)
            skipped.push({ source: 'latest', reason: 'prerelease' });
        else if (facts.pr !== undefined)
            skipped.push({ source: 'latest', reason: PR_STABLE });
        else if (release !== undefined && !release.ok)
            skipped.push({ source: 'latest', reason: notRelease(release) });
        else if (!facts.highestOverall)
            skipped.push({ source: 'latest', reason: `a higher stable version is tagged${named(facts.above?.overall)}` });
        else if (first === undefined || !LATEST_KINDS.includes(first.type))
            skipped.push({
                source: 'latest',
                reason: `latest=auto follows the first tag rule applied, which is ${first === undefined ? 'none' : `type=${first.type}`}, not a version rule (semver, match, ref tag)`,
            });
        else
            latestTag = latestName();
    }
    const ordered = [...tags.values()]
        .sort((a, b) => b.priority - a.priority || a.index - b.index)
        .map(({ index: _index, ...tag }) => tag);
    // The immutable tag first, latest last, whatever the priorities.
    const all = [
        { name: immutable, priority: tag_rule_syntax/* DEFAULT_PRIORITY */.PC.immutable, source: 'immutable', moving: false },
        ...ordered.filter((t) => t.name !== immutable),
    ];
    if (latestTag !== undefined) {
        const name = sanitizeTag(latestTag);
        if (!all.some((t) => t.name === name)) {
            all.push({ name, priority: tag_rule_syntax/* DEFAULT_PRIORITY */.PC.latest, source: `latest=${latest}`, moving: true });
        }
    }
    return { immutable, tags: all, skipped };
}
const PR_STABLE = 'pull request: a stable version is tagged from its branch, not from an unmerged change';
const notRelease = (release) => `not the release: ${release.reason}`;
function scopeRefusal(scope, facts) {
    // Version tags, prereleases' included, belong to the run that is the release (metadata-action: tag refs only).
    if (facts.release !== undefined && !facts.release.ok)
        return notRelease(facts.release);
    if (facts.stable && facts.pr !== undefined)
        return PR_STABLE;
    if (scope === 'exact')
        return undefined;
    if (!facts.stable)
        return undefined;
    if (scope === 'exact-stable')
        return undefined;
    if (scope === 'minor')
        return facts.highestInMinor
            ? undefined
            : `a higher stable version of this major.minor is tagged${named(facts.above?.minor)}`;
    if (facts.major === 0)
        return 'never a 0 major tag';
    return facts.highestInMajor
        ? undefined
        : `a higher stable version of this major is tagged${named(facts.above?.major)}`;
}
const named = (version) => (version === undefined ? '' : ` (${version})`);

;// CONCATENATED MODULE: ./packages/core/src/version/build-tag.ts
















/** docker/metadata-action's {{is_default_branch}}: the pushed branch is the default one, or the event always runs there. */
function isDefaultBranch(facts, defaultBranch) {
    if (facts.branch !== undefined && defaultBranch !== undefined)
        return facts.branch === defaultBranch;
    return /create|discussion|issues|schedule/.test(facts.eventName ?? '');
}
function templateValues(version, facts, shaLength, tagPrefix, defaultBranch) {
    return {
        version: (0,build_tag_inputs/* versionString */.A6)(version),
        major: String(version.major),
        minor: String(version.minor),
        patch: String(version.patch),
        prerelease: version.prerelease.join('.'),
        build: version.build.join('.'),
        raw: facts.refTag ?? `${tagPrefix}${(0,build_tag_inputs/* versionString */.A6)(version)}`,
        run_number: facts.runNumber,
        run_attempt: facts.runAttempt,
        sha: facts.revision.slice(0, shaLength),
        sha7: facts.revision.slice(0, 7),
        branch: facts.branch,
        tag: facts.refTag,
        base_ref: facts.baseRef,
        is_default_branch: String(isDefaultBranch(facts, defaultBranch)),
        pr: facts.pr === undefined ? undefined : String(facts.pr),
    };
}
function needsTagHistory(inputs, version) {
    if (version.prerelease.length > 0)
        return false;
    if (inputs.latest === 'auto' || inputs.moveMajorTag)
        return true;
    return inputs.tagRules.some((r) => r.enable && r.type === 'semver' && (r.scope === 'minor' || r.scope === 'major'));
}
/** The remote whose version tags count: git-remote when set to another than the default, else the clone's own. */
function tagRemote(inputs) {
    return inputs.pushGitTag && inputs.gitRemote !== undefined && inputs.gitRemote !== build_tag_inputs/* DEFAULT_GIT_REMOTE */.gN
        ? { remote: inputs.gitRemote }
        : {};
}
/** Renders placeholders in label and annotation values (metadata-action's global expressions); unknown ones render empty. */
function renderValues(items, values, time) {
    return items.map((item) => item.value.includes('{{')
        ? { ...item, value: (0,version_template/* renderTemplate */.Xm)((0,version_template/* parseTemplate */.QC)(item.value, 'labels'), values, time).value }
        : item);
}
async function defaultBranchFromGit(cwd) {
    const head = await (0,git/* gitRaw */.Pm)(['symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD'], { cwd });
    const name = head.stdout.trim();
    return head.exitCode === 0 && name.startsWith('origin/') ? name.slice('origin/'.length) : undefined;
}
/** build-tag's core entry point: the action and `artefacts build-tag` both call this. */
async function runBuildTag(inputs, environment) {
    const { logger, cwd } = environment;
    const ws = (0,paths/* workspace */.Gl)(cwd, inputs.allowOutsideWorkspace);
    if (inputs.bakeDir !== undefined)
        (0,paths/* inWorkspace */.ve)(ws, 'bake-dir', inputs.bakeDir);
    const metaEnv = (0,build_tag_inputs/* metadataEnvironment */.HB)(inputs, environment.env);
    for (const note of metaEnv.notes)
        logger.info(`From the environment: ${note}.`);
    for (const note of inputs.imageNotes ?? [])
        logger.notice(note);
    const versionText = inputs.version ??
        (0,build_tag_inputs/* parseVersionInput */.gX)(await resolveVersion({ tagPrefix: inputs.tagPrefix, token: inputs.githubToken }, environment), inputs.tagPrefix);
    const version = (0,build_tag_inputs/* parseSemver */.kf)(versionText);
    if (version === undefined)
        throw new errors/* ArtefactsError */.E('INTERNAL', `Version ${versionText} did not parse.`);
    const inGit = await (0,build_facts/* isGitRepository */.XY)(cwd);
    if (!inGit && needsTagHistory(inputs, version)) {
        throw new errors/* ArtefactsError */.E('GIT_NOT_A_REPOSITORY', `${cwd} is not a git repository, so the existing version tags that decide latest, major and major.minor tags cannot be read.`, {
            hint: 'Check out the repository first (actions/checkout with fetch-depth: 0), or turn floating tags off: latest: false and tags: type=semver,pattern={{version}}.',
        });
    }
    // Independent git questions, asked at once: each is a process start.
    const [facts, tagList, remote] = await Promise.all([
        (0,build_facts/* gatherFacts */.pc)(environment, inGit, { context: inputs.context ?? 'workflow', prHeadSha: metaEnv.prHeadSha }),
        needsTagHistory(inputs, version) ? listVersionTags(cwd, inputs.tagPrefix, logger, tagRemote(inputs)) : undefined,
        (0,build_facts/* remoteFacts */.M0)(cwd, inGit),
    ]);
    for (const assumption of facts.assumptions)
        logger.info(`Assumed: ${assumption}.`);
    let highest;
    if (tagList !== undefined) {
        if (!tagList.complete)
            throw incompleteTagsError(tagList.note, versionText);
        highest = highestStable(version, tagList.tags);
        logger.debug(`Highest-stable check against ${tagList.note}: ${JSON.stringify(highest)}`);
    }
    const api = (0,build_facts/* makeApi */.B_)(environment, inputs.githubToken, remote);
    const repository = await (0,build_facts/* repositoryFacts */.Ow)(environment, api, remote);
    const defaultBranch = repository.defaultBranch ??
        (environment.github === undefined && inGit ? await defaultBranchFromGit(cwd) : undefined);
    // The bake files' place before the git tag: a bake-dir that cannot take them fails the run while
    // nothing is published yet.
    const place = bakePlace({
        bakeDir: inputs.bakeDir,
        runnerTemp: environment.env.RUNNER_TEMP,
        cwd,
        inBakeDir: (file) => (0,paths/* inWorkspace */.ve)(ws, 'bake-dir', file),
    }, logger);
    // The git tag first: creating it is what makes this run the release.
    const gitTag = inputs.pushGitTag
        ? await pushGitTags(inputs, environment, api, version, facts.revision, highest)
        : undefined;
    const release = await releaseDecision({
        version,
        tagPrefix: inputs.tagPrefix,
        refTag: facts.refTag,
        gitTag,
        revision: facts.revision,
        branch: facts.branch,
        pr: facts.pr,
        cwd,
        inGit,
    });
    const values = templateValues(version, facts, metaEnv.shaLength, inputs.tagPrefix, defaultBranch);
    const plan = planTags(inputs.template, inputs.tagRules, inputs.latest, {
        values,
        immutableValues: { ...values, branch: facts.headBranch },
        time: facts.created,
        stable: version.prerelease.length === 0,
        major: version.major,
        highestInMinor: highest?.inMinor ?? true,
        highestInMajor: highest?.inMajor ?? true,
        highestOverall: highest?.overall ?? true,
        ...(highest === undefined ? {} : { above: highest.above }),
        revision: facts.revision,
        shaLength: metaEnv.shaLength,
        pr: facts.pr,
        branch: facts.branch,
        ...(facts.eventName === undefined ? {} : { eventName: facts.eventName }),
        ...(facts.refTag === undefined ? {} : { refTag: facts.refTag }),
        ...(defaultBranch === undefined ? {} : { defaultBranch }),
        release,
        ...(inputs.flavor === undefined ? {} : { flavor: inputs.flavor }),
    });
    const tagNames = plan.tags.map((t) => t.name);
    const tags = inputs.images.length === 0 ? tagNames : inputs.images.flatMap((image) => tagNames.map((t) => `${image}:${t}`));
    const standard = (0,oci_labels/* standardLabels */.Fn)({
        created: facts.created,
        revision: facts.revision,
        version: plan.immutable,
        repository,
    });
    const userLabels = renderValues(Object.entries(inputs.labels).map(([key, value]) => ({ key, value })), values, facts.created);
    const labels = (0,oci_labels/* mergeLabels */.Mr)(standard, Object.fromEntries(userLabels.map((l) => [l.key, l.value])));
    const userAnnotations = renderValues(inputs.annotations, values, facts.created);
    const annotations = (0,oci_labels/* annotationLines */.bK)(standard, userAnnotations, metaEnv.annotationLevels);
    const labelLines = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
    const bake = await writeBakeFiles(place, {
        target: inputs.bakeTarget ?? build_tag_inputs/* DEFAULT_BAKE_TARGET */.qF,
        tags,
        labels,
        annotations,
        args: { DOCKER_META_IMAGES: inputs.images.join(','), DOCKER_META_VERSION: plan.immutable },
    });
    const json = {
        tags,
        'tag-names': tagNames,
        labels,
        annotations,
        version: plan.immutable,
        'immutable-tag': plan.immutable,
        semver: versionText,
        images: inputs.images,
        revision: facts.revision,
        created: facts.created.toISOString(),
        'created-source': facts.createdSource,
        'run-number': facts.runNumber,
        release,
        skipped: plan.skipped,
        'git-tag': gitTag ?? null,
        'repository-source': repository.source,
    };
    const outputs = {
        version: plan.immutable,
        tags: tags.join(inputs.sepTags ?? '\n'),
        'tag-names': tagNames.join(inputs.sepTags ?? '\n'),
        labels: labelLines.join(inputs.sepLabels ?? '\n'),
        annotations: annotations.join(inputs.sepAnnotations ?? '\n'),
        json: JSON.stringify(json),
        ...bake,
        'immutable-tag': plan.immutable,
        'git-tag': gitTag?.status === 'skipped' || gitTag === undefined ? '' : gitTag.tag,
        'git-tag-status': gitTag?.status ?? 'skipped',
    };
    const env = {};
    if (metaEnv.exportEnv)
        for (const name of MIRRORED_OUTPUTS)
            env[envMirrorName(name)] = outputs[name] ?? '';
    logTags(logger, plan, tags, release);
    return {
        outputs,
        summary: jobSummary('build-tag', plan.immutable, environment.github, summaryMarkdown(version, plan, inputs.images, labels, facts, gitTag, release)),
        ...(metaEnv.exportEnv ? { env } : {}),
    };
}

// EXTERNAL MODULE: ./actions/shared/src/runner.ts + 2 modules
var runner = __nccwpck_require__(3906);
;// CONCATENATED MODULE: ./actions/build-tag/src/main.ts


async function run(inputs) {
    return runBuildTag(inputs, (0,runner/* actionEnvironment */.qu)());
}


/***/ }),

/***/ 3906:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qu: () => (/* binding */ actionEnvironment),
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: actionLogger

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __nccwpck_require__(2575);
;// CONCATENATED MODULE: ./packages/core/src/log.ts
/** A line a runner would read as a workflow command: `::` first, after any leading whitespace. */
const COMMAND_LINE = /^\s*::/m;
/**
 * A message for a log that a GitHub runner reads, with every line that would start a workflow command
 * (`::warning::…`, `::add-mask::…`, `::set-env …`) made inert: such a message is wrapped in the
 * runner's own `::stop-commands::<token>` … `::<token>::` pair, under a token it cannot guess, so its
 * lines are shown as they are. A message with no such line is returned unchanged. Inputs are one line
 * each (inputs.ts), but a line may still start with one: a file name, a commit subject, a report row.
 */
function inertToRunner(message, token) {
    if (!COMMAND_LINE.test(message))
        return message;
    const t = token();
    return `::stop-commands::${t}\n${message}\n::${t}::`;
}
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
/**
 * A logger whose lines are held until `release()`, then written to `target` in order, and every
 * later line straight away: work that runs alongside other work keeps its lines together.
 */
function heldLogger(target) {
    let live = false;
    const held = [];
    const line = (level) => (message) => {
        if (live)
            target[level](message);
        else
            held.push({ level, message });
    };
    return {
        debug: line('debug'),
        info: line('info'),
        notice: line('notice'),
        warning: line('warning'),
        secret: (value) => target.secret(value),
        // Nested groups are not shown: the held lines are already inside the caller's group.
        group: (_title, fn) => fn(),
        release() {
            live = true;
            for (const { level, message } of held.splice(0))
                target[level](message);
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/github/context.ts
var context = __nccwpck_require__(9594);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./actions/shared/src/runner.ts
/**
 * The one place that speaks the runner's command protocol for every action: a Logger backed by
 * @actions/core, output writing, the job summary, and the failure convention
 * (`::error title=<action>::<message>` plus the hint, exit 1, no stack unless step debug is on).
 */




// An action is a short-lived process. A loop that gets hot enough for on-stack replacement is then
// better compiled on the main thread: compiled on a V8 worker, its zone and that thread's malloc
// arena add ~7 MiB to peak RSS in about half the runs (build-tag over 2k tags: 58 or 65 MiB,
// bench/versioning), for no gain a step would notice.
(0,external_node_v8_namespaceObject.setFlagsFromString)('--no-concurrent-osr');
/** A token for `::stop-commands::` nobody can put in a message beforehand. */
const stopToken = () => (0,external_node_crypto_.randomUUID)();
const actionLogger = {
    debug: (message) => core/* debug */.Yz(message),
    // The one level written as plain lines (the others are commands whose data the runner escapes): a
    // line of it that starts with `::` would be a workflow command, unless made inert.
    info: (message) => core/* info */.pq(inertToRunner(message, stopToken)),
    notice: (message) => core/* notice */.lm(message),
    warning: (message) => core/* warning */.$e(message),
    secret: (value) => {
        if (value !== '')
            core/* setSecret */.Pq(value);
    },
    group: (title, fn) => core/* group */.Os(title, fn),
};
/**
 * Where an action runs: the runner starts it in GITHUB_WORKSPACE, with the run's context in the
 * environment. The workspace is also where every path input must stay (packages/core/src/paths.ts).
 */
function actionEnvironment() {
    const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
    return { cwd, env: process.env, logger: actionLogger, github: (0,context/* readGitHubContext */.L7)(process.env) };
}
/** Runs an action's body with the failure convention applied. */
async function runAction(title, body) {
    try {
        const result = await body();
        for (const [name, value] of Object.entries(result.outputs))
            core/* setOutput */.uH(name, value);
        for (const [name, value] of Object.entries(result.env ?? {}))
            core/* exportVariable */.dN(name, value);
        if (result.summary !== undefined && process.env.GITHUB_STEP_SUMMARY) {
            await core/* summary */.z.addRaw(result.summary, true).write();
        }
        if (result.failure !== undefined)
            throw result.failure;
    }
    catch (error) {
        const message = (0,errors/* isArtefactsError */.cs)(error) ? error.message : `Unexpected failure: ${(0,errors/* describeError */.Uc)(error)}`;
        const hint = (0,errors/* isArtefactsError */.cs)(error)
            ? error.hint
            : 'This is a bug in immutable-artefacts; please report it with the debug log.';
        core/* error */.z3(hint === undefined ? message : `${message}\n${hint}`, { title });
        if (core/* isDebug */._o() && error instanceof Error && error.stack !== undefined)
            core/* debug */.Yz(error.stack);
        process.exitCode = 1;
    }
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
/* unused harmony exports documentError, jsonSyntaxError */
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
/**
 * Bad input in a document ({@link inputError}): a file is shown by its path as given, never by its
 * content (which may be large or secret); a document given inline is shown as given.
 */
function documentError(source, text, accepted, hint) {
    return inputError(source.input, source.path ?? text, accepted, hint);
}
/**
 * Why JSON.parse refused a text, without the excerpt of the text V8 quotes (`Unexpected token 'o',
 * "not json" is not valid JSON`): the position and the token stay, the content does not.
 */
function jsonSyntaxError(error) {
    return describeError(error).replace(/, "[\s\S]*" is not valid JSON$/, ' (not valid JSON)');
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

/***/ 101:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  bX: () => (/* binding */ commitTime),
  $Y: () => (/* binding */ git),
  Pm: () => (/* binding */ gitRaw),
  dP: () => (/* binding */ gitStream),
  Bc: () => (/* binding */ startGitRecords)
});

// UNUSED EXPORTS: mayBeInRepository

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./packages/core/src/builtins.ts

const builtins_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
let childProcessModule;
/** node:child_process, loaded on the first call. */
function childProcess() {
    return (childProcessModule ??= builtins_require('node:child_process'));
}
let zlibModule;
/** node:zlib, loaded on the first call: signing and attaching build referrers with no gzip layer. */
function zlib() {
    return (zlibModule ??= builtins_require('node:zlib'));
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/git/git.ts




/**
 * Settings of the environment that change what every pathspec means (all of them literal, glob or
 * case-insensitive): unset, so that `paths` (version/options.ts: `pathspecs`) selects what its
 * documentation says wherever it runs.
 */
const PATHSPEC_SETTINGS = {
    GIT_LITERAL_PATHSPECS: undefined,
    GIT_GLOB_PATHSPECS: undefined,
    GIT_NOGLOB_PATHSPECS: undefined,
    GIT_ICASE_PATHSPECS: undefined,
};
function gitEnv(extra) {
    return { ...process.env, ...PATHSPEC_SETTINGS, ...extra, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}
/** A git process; node:child_process is loaded on the first (most sbom, sign or promote runs start none). */
function spawnGit(args, options) {
    return childProcess().spawn('git', args, {
        cwd: options.cwd,
        env: gitEnv(options.env),
        stdio: ['ignore', 'pipe', 'pipe'],
    });
}
/** Runs git and returns its output; never throws for a non-zero exit. */
function gitRaw(args, options) {
    return new Promise((resolve, reject) => {
        const child = spawnGit(args, options);
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
    const child = spawnGit(args, options);
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
/**
 * False only where git cannot find a repository from `dir`: GIT_DIR is unset, and neither `dir` nor
 * any directory above it (symbolic links resolved, as git sees its working directory) holds a `.git`
 * entry or is itself a git directory (HEAD, objects and refs, as a bare repository). A few stat
 * calls, so callers skip starting git, a fork of this whole process, where git would only answer
 * "not a git repository". True promises nothing: git still decides (ceilings, ownership checks).
 */
function mayBeInRepository(dir, env = process.env) {
    if ((env.GIT_DIR ?? '') !== '')
        return true;
    let at;
    try {
        at = (0,external_node_fs_.realpathSync)(dir);
    }
    catch {
        return true;
    }
    for (;;) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(at, '.git')))
            return true;
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(at, 'HEAD')) && isDirectory((0,external_node_path_.join)(at, 'objects')) && isDirectory((0,external_node_path_.join)(at, 'refs')))
            return true;
        const up = (0,external_node_path_.dirname)(at);
        if (up === at)
            return false;
        at = up;
    }
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** The committer time of `revision` (default HEAD); undefined outside a repository or before the first commit. */
async function commitTime(cwd, revision = 'HEAD') {
    if (!mayBeInRepository(cwd))
        return undefined;
    const shown = await gitRaw(['show', '-s', '--format=%ct', `${revision}^{commit}`], { cwd }).catch(() => undefined);
    const out = shown?.exitCode === 0 ? shown.stdout.trim() : '';
    return /^\d+$/.test(out) ? new Date(Number(out) * 1000) : undefined;
}


/***/ }),

/***/ 1150:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ completeHistory),
/* harmony export */   QE: () => (/* binding */ hasCommit),
/* harmony export */   Tp: () => (/* binding */ streamCommits),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   Wt: () => (/* binding */ countCommits),
/* harmony export */   Yt: () => (/* binding */ prefetchCommits),
/* harmony export */   fE: () => (/* binding */ isShallow),
/* harmony export */   k2: () => (/* binding */ headFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7638);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(101);
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
    const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd });
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
 * (actions/checkout's default `fetch-depth: 1`) or a clone whose tags are stale would otherwise give
 * a wrong version with exit code 0. `deepen` fetches all history and tags from `origin` (commits and trees
 * only: `--filter=blob:none`); `fail` stops with GIT_SHALLOW.
 */
async function completeHistory(cwd, reason, options) {
    const remote = options.remote ?? 'origin';
    if (options.policy === 'fail') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GIT_SHALLOW', `Cannot compute a version: ${reason}, so the previous release and the commits since it are unknown.`, {
            hint: "Use actions/checkout with 'fetch-depth: 0' (and 'fetch-tags: true'), or run 'git fetch --tags --force' first, or set fetch-depth-policy: deepen.",
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

/***/ 4169:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ createLocalTag),
/* harmony export */   oW: () => (/* binding */ listRemoteTags),
/* harmony export */   qn: () => (/* binding */ pushRef),
/* harmony export */   xA: () => (/* binding */ readRemoteTag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7638);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(101);
/**
 * Tags on a git remote, through plain git (any host: GitLab, Bitbucket, Gitea, a bare repository on
 * disk): read one tag with `git ls-remote` (annotated tags peeled), create a tag locally, and push
 * one ref. These are the primitives; the rules (a version tag is never moved, the major tag moves
 * under a lease) live with their callers in version/.
 */


/** Never wait for a password or a host-key prompt: fail and say so instead. */
function remoteEnv() {
    return { GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes' };
}
/** git's last words, with any credentials in a URL (`https://user:token@host`) left out. */
const lastLines = (text, count = 3) => text
    .trim()
    .split('\n')
    .slice(-count)
    .join(' ')
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
/**
 * The tags under `patterns` on `remote` (a remote name or URL), in one `git ls-remote`: names and
 * objects only, no object transferred. `patterns` match the tail of a ref (`refs/tags/v*`, which also
 * matches `refs/tags/x/refs/tags/v1`: callers check the names they read). With `peel`, annotated tags
 * are peeled to their commits too; without it, `--refs` leaves the peeled lines out. GIT_FAILED,
 * naming `what`, when the remote cannot be read.
 */
async function listRemoteTags(cwd, remote, patterns, options) {
    const args = ['ls-remote', '--tags', ...(options.peel ? [] : ['--refs']), remote, ...patterns];
    const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(args, { cwd, env: remoteEnv() });
    if (result.exitCode !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GIT_FAILED', `Cannot read ${options.what} from the git remote '${remote}': git ls-remote failed (exit ${result.exitCode}): ${lastLines(result.stderr)}`, { hint: `Check that '${remote}' is a remote of the clone (git remote -v) and that this job can read it.` });
    }
    const objects = new Map();
    const peeled = new Map();
    for (const line of result.stdout.split('\n')) {
        const tab = line.indexOf('\t');
        const ref = line.slice(tab + 1);
        if (tab < 0 || !ref.startsWith('refs/tags/'))
            continue;
        const sha = line.slice(0, tab);
        if (ref.endsWith('^{}'))
            peeled.set(ref.slice('refs/tags/'.length, -3), sha);
        else
            objects.set(ref.slice('refs/tags/'.length), sha);
    }
    return { objects, peeled };
}
/** The commit a listed tag names (its peeled commit when annotated); undefined when not listed. */
function remoteTagOf(listing, tag) {
    const objectSha = listing.objects.get(tag);
    if (objectSha === undefined)
        return undefined;
    const peeled = listing.peeled.get(tag);
    return { objectSha, commitSha: peeled ?? objectSha, annotated: peeled !== undefined && peeled !== objectSha };
}
/**
 * Reads refs/tags/<tag> on `remote` (a remote name or URL) with one `git ls-remote`, peeling an
 * annotated tag to its commit. Undefined when the remote has no such tag; GIT_FAILED when the
 * remote cannot be read.
 */
async function readRemoteTag(cwd, remote, tag) {
    const ref = `refs/tags/${tag}`;
    // ls-remote matches patterns on the tail of the name: only the exact ref is read back.
    const listing = await listRemoteTags(cwd, remote, [ref, `${ref}^{}`], { peel: true, what: `the tag ${tag}` });
    return remoteTagOf(listing, tag);
}
/** Creates refs/tags/<tag> on `sha` in the local repository: annotated when a message is given. */
async function createLocalTag(cwd, options) {
    const { tag, sha } = options;
    const args = options.annotated === undefined
        ? ['tag', '--no-sign', tag, sha]
        : ['tag', '--no-sign', '-a', '-m', options.annotated.message, tag, sha];
    let result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(args, { cwd });
    if (result.exitCode !== 0 &&
        options.annotated !== undefined &&
        /identity|user\.email|user\.name/i.test(result.stderr)) {
        // A CI clone often has no user configured; an annotated tag needs a tagger.
        result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(args, {
            cwd,
            env: { GIT_COMMITTER_NAME: 'immutable-artefacts', GIT_COMMITTER_EMAIL: 'immutable-artefacts@localhost' },
        });
    }
    if (result.exitCode !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GIT_FAILED', `Cannot create the tag ${tag} on ${sha}: git tag failed (exit ${result.exitCode}): ${lastLines(result.stderr)}`);
    }
}
/**
 * Pushes one ref: `source` (a ref or a commit) to `destination` on `remote`, never forced. With
 * `lease`, the update is forced only if the remote ref still holds `lease.expected` (empty: the
 * ref must not exist), so a concurrent change is never clobbered. A refusal is returned, not
 * thrown: the caller re-reads the remote to learn why.
 */
async function pushRef(cwd, options) {
    const { remote, source, destination, lease } = options;
    const args = ['push', '--atomic', '--no-verify', '--quiet'];
    if (lease !== undefined)
        args.push(`--force-with-lease=${destination}:${lease.expected}`);
    args.push(remote, `${source}:${destination}`);
    const result = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRaw */ .Pm)(args, { cwd, env: remoteEnv() });
    return { ok: result.exitCode === 0, detail: lastLines(result.stderr) };
}


/***/ }),

/***/ 5793:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ GitHubApi)
/* harmony export */ });
/* unused harmony export GitHubApiError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);

class GitHubApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E {
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('GITHUB_API', `GitHub API unreachable while trying to ${what} (${attempt} tries).`, {
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


/***/ }),

/***/ 9594:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ readGitHubContext),
/* harmony export */   Vp: () => (/* binding */ runUrl)
/* harmony export */ });
/* unused harmony exports readRunContext, parseWorkflowRef */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7638);


/** The run context from the runner's GITHUB_* variables alone (no event, no payload needed). */
function readRunContext(env) {
    return {
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        repository: env.GITHUB_REPOSITORY ?? '',
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: positive(env.GITHUB_RUN_ATTEMPT),
        workflow: env.GITHUB_WORKFLOW ?? '',
        actor: env.GITHUB_ACTOR ?? '',
    };
}
/** Returns undefined when not running under GitHub Actions (no GITHUB_ACTIONS / GITHUB_EVENT_NAME). */
function readGitHubContext(env = process.env) {
    const eventName = env.GITHUB_EVENT_NAME;
    if (!eventName)
        return undefined;
    let payload = {};
    const path = env.GITHUB_EVENT_PATH;
    if (path) {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('GITHUB_CONTEXT', `Cannot read the event payload at GITHUB_EVENT_PATH=${path}.`, {
                cause: error,
            });
        }
    }
    const run = readRunContext(env);
    const repository = env.GITHUB_REPOSITORY ?? repoFromPayload(payload) ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    return {
        eventName,
        payload,
        sha: run.sha,
        ref: run.ref,
        refName: env.GITHUB_REF_NAME ?? '',
        headRef: env.GITHUB_HEAD_REF ?? '',
        baseRef: env.GITHUB_BASE_REF ?? '',
        repository,
        owner,
        repo,
        runId: run.runId,
        runNumber: positive(env.GITHUB_RUN_NUMBER),
        runAttempt: run.runAttempt,
        serverUrl: run.serverUrl,
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        workflow: run.workflow,
        job: env.GITHUB_JOB ?? '',
        actor: run.actor,
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
/**
 * Splits `owner/repo/.github/workflows/file.yml@<ref>`. A git ref may itself contain `@`
 * (`refs/tags/@scope/pkg@1.4.0`), so the split is at the first `@` after the workflow file's
 * name, never the last `@`. Every place that reads a workflow ref goes through here.
 */
function parseWorkflowRef(value) {
    const [owner = '', repo = ''] = value.split('/', 2);
    const marker = value.indexOf('/.github/workflows/');
    // The file name ends at the first '@' after the workflows directory (file names carry no '@').
    const from = marker < 0 ? `${owner}/${repo}`.length : marker + '/.github/workflows/'.length;
    const at = value.indexOf('@', from);
    const location = at < 0 ? value : value.slice(0, at);
    return {
        repository: `${owner}/${repo}`,
        path: location.slice(`${owner}/${repo}/`.length),
        ref: at < 0 ? '' : value.slice(at + 1),
    };
}


/***/ }),

/***/ 2080:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TD: () => (/* binding */ tagConflict),
/* harmony export */   VZ: () => (/* binding */ createTag),
/* harmony export */   mK: () => (/* binding */ moveTag),
/* harmony export */   t: () => (/* binding */ listTagRefs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);

/**
 * Git tags through the REST API. A version tag is created once and never moved:
 *   - absent → created (an annotated tag object first when asked, then the ref);
 *   - present on the same commit → success, nothing written (re-runs, concurrent runs);
 *   - present on another commit → TAG_CONFLICT naming both commits; the tag is left alone.
 * Two runs racing: GitHub lets exactly one `POST git/refs` succeed; the other gets 422, re-reads
 * the ref and lands in one of the two cases above.
 * The one deliberate mutable pointer is the major tag (`v1`), updated with a single
 * `PATCH {sha, force: true}` (atomic: never delete-then-create), unless the caller's guard, shown
 * the value it replaces, refuses (build-tag: never backwards, past a higher version's commit).
 */
const CONTENTS_WRITE = 'contents: write';
const refPath = (api, tag) => api.repoPath(`/git/ref/tags/${encodeTag(tag)}`);
const encodeTag = (tag) => tag.split('/').map(encodeURIComponent).join('/');
/** Reads refs/tags/<tag>, following annotated tag objects to the commit. Undefined when absent. */
async function readTag(api, tag) {
    const response = await api.request('GET', refPath(api, tag), {
        expect: [404],
        what: `read the tag ${tag}`,
    });
    if (response.status === 404 || response.data?.object === undefined)
        return undefined;
    const objectSha = response.data.object.sha;
    let { sha, type } = response.data.object;
    for (let depth = 0; type === 'tag'; depth++) {
        if (depth >= 5)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('GITHUB_API', `The tag ${tag} is a chain of more than 5 tag objects.`);
        const object = await api.request('GET', api.repoPath(`/git/tags/${sha}`), {
            what: `read the tag object ${sha} of ${tag}`,
        });
        ({ sha, type } = object.data.object);
    }
    return { objectSha, commitSha: sha, annotated: objectSha !== sha };
}
/** A version tag already names another commit: the same error whichever way tags are written. */
function tagConflict(tag, existing, wanted) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('TAG_CONFLICT', `The tag ${tag} already exists on commit ${existing}, not on ${wanted}; it is never moved.`, {
        hint: 'A released version names one commit forever. Release a new version (bump it), or delete the tag by hand if it was created by mistake.',
    });
}
async function createTag(api, options) {
    const { tag, sha, logger } = options;
    const existing = await readTag(api, tag);
    if (existing !== undefined) {
        if (existing.commitSha === sha) {
            logger.info(`Tag ${tag} already exists on ${sha}: nothing to do.`);
            return 'exists';
        }
        throw tagConflict(tag, existing.commitSha, sha);
    }
    let target = sha;
    if (options.annotated !== undefined) {
        const object = await api.request('POST', api.repoPath('/git/tags'), {
            body: { tag, message: options.annotated.message, object: sha, type: 'commit' },
            permission: CONTENTS_WRITE,
            what: `create the annotated tag object ${tag}`,
        });
        target = object.data.sha;
    }
    const created = await api.request('POST', api.repoPath('/git/refs'), {
        body: { ref: `refs/tags/${tag}`, sha: target },
        expect: [422],
        permission: CONTENTS_WRITE,
        what: `create the tag ${tag}`,
    });
    if (created.status !== 422) {
        logger.info(`Created tag ${tag} on ${sha}${options.annotated ? ' (annotated)' : ''}.`);
        return 'created';
    }
    // 422: someone else created it between our read and our write (or the name is refused). Re-read.
    const after = await readTag(api, tag);
    if (after === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('TAG_RACE', `GitHub refused to create the tag ${tag} (422 ${created.data?.message ?? ''}) and it cannot be read back.`, { hint: 'Check that the tag name is a valid git ref name, then re-run.' });
    }
    if (after.commitSha === sha) {
        logger.info(`Tag ${tag} was created on ${sha} by a concurrent run: nothing to do.`);
        return 'exists';
    }
    throw tagConflict(tag, after.commitSha, sha);
}
/** Tags whose names start with `prefix`, each with the object its ref names (an annotated tag is not peeled). */
async function listTagRefs(api, prefix) {
    // matching-refs takes a ref prefix, not a pattern: `tags/v` lists refs/tags/v*.
    const path = api.repoPath(`/git/matching-refs/tags${prefix === '' ? '' : `/${encodeTag(prefix)}`}`);
    const refs = await api.paginate(path, `list the tags starting with '${prefix}'`);
    const tags = new Map();
    for (const r of refs)
        if (r.ref.startsWith('refs/tags/'))
            tags.set(r.ref.slice('refs/tags/'.length), r.object.sha);
    return tags;
}
/**
 * Points refs/tags/<tag> at `sha` (a lightweight tag): one atomic PATCH, or a create when absent;
 * nothing when `guard` refuses, given the value just read.
 */
async function moveTag(api, options) {
    const { tag, sha, logger } = options;
    const current = await readTag(api, tag);
    if (current !== undefined && current.objectSha === sha)
        return { status: 'unchanged' };
    const refused = await options.guard?.(current);
    if (refused !== undefined) {
        logger.info(`Not moving ${tag}: ${refused}.`);
        return { status: 'skipped', reason: refused };
    }
    const patch = () => api.request('PATCH', api.repoPath(`/git/refs/tags/${encodeTag(tag)}`), {
        body: { sha, force: true },
        expect: [422],
        permission: CONTENTS_WRITE,
        what: `move the tag ${tag}`,
    });
    if (current !== undefined) {
        const moved = await patch();
        if (moved.status !== 422) {
            logger.info(`Moved tag ${tag} from ${current.commitSha} to ${sha}.`);
            return { status: 'moved' };
        }
    }
    const created = await api.request('POST', api.repoPath('/git/refs'), {
        body: { ref: `refs/tags/${tag}`, sha },
        expect: [422],
        permission: CONTENTS_WRITE,
        what: `create the tag ${tag}`,
    });
    if (created.status !== 422) {
        logger.info(`Created tag ${tag} on ${sha}.`);
        return { status: 'created' };
    }
    // Created concurrently by another run: asked again about what that run set, then updated in place.
    const again = await options.guard?.(await readTag(api, tag));
    if (again !== undefined) {
        logger.info(`Not moving ${tag}: ${again}.`);
        return { status: 'skipped', reason: again };
    }
    const moved = await patch();
    if (moved.status === 422) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('TAG_RACE', `The tag ${tag} could neither be created nor updated (422).`, {
            hint: 'Another run may be changing it; re-run this job.',
        });
    }
    logger.info(`Moved tag ${tag} to ${sha}.`);
    return { status: 'moved' };
}


/***/ }),

/***/ 7276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ hasControlCharacter),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   _y: () => (/* binding */ plainValue),
/* harmony export */   ki: () => (/* binding */ optionalBlock),
/* harmony export */   mR: () => (/* binding */ optionalText),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   pA: () => (/* binding */ sourceDateEpoch),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   yL: () => (/* binding */ oneOf),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* unused harmony exports required, optionalKey, booleanWord, booleanOrAuto, regex, credentialPair */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);

// C0 controls (newline, carriage return, tab, escape, NUL, ...), DEL and the C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/**
 * Whether `value` holds a newline or another control character: the test {@link plainValue} applies
 * to inputs, shared with names that come from elsewhere (an artefact's titles and tar entries).
 */
function hasControlCharacter(value) {
    return CONTROL.test(value);
}
/**
 * Refuses a single value that holds a newline or another control character. Such a value becomes a
 * file name, a tag, an output value or a log line: a newline would split a list output
 * (`sbom-paths`) or a `key=value` line in two, start a line of the log the runner reads as a
 * workflow command (`::warning::…`), and make a file name a trap for every script that reads it.
 * Returns the value. {@link text}, {@link optionalText}, {@link required} and {@link list} apply it.
 */
function plainValue(input, value) {
    if (hasControlCharacter(value)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, value, 'a value without newlines, tabs or other control characters', 'A single value is one line, given once; each item of a list input goes on its own line.');
    }
    return value;
}
/** A single-value input, trimmed: one line without control characters ('' when not given). */
function text(get, name) {
    return plainValue(name, get(name).trim());
}
/** A single-value input, trimmed: one line without control characters, or undefined when not given. */
function optionalText(get, name) {
    const value = text(get, name);
    return value === '' ? undefined : value;
}
/** A single-value input that must be given: one line without control characters. */
function required(get, name) {
    const value = text(get, name);
    if (value === '')
        throw inputError(name, '', 'a non-empty value', `Set '${name}' in the step's with: block.`);
    return value;
}
/**
 * An input that may span lines by design, trimmed, or undefined when not given: PEM text, a JSON
 * predicate, a secret (a token, a password). Never echoed in a message: it may be a secret.
 */
function optionalBlock(get, name) {
    const value = get(name).trim();
    return value === '' ? undefined : value;
}
/**
 * A key input: PEM text (any number of lines), `keyless` where the input takes it, or the path of a
 * key file, which is one line without control characters like every path. The value is not echoed:
 * it may be a private key pasted without its BEGIN line.
 */
function optionalKey(get, name) {
    const value = optionalBlock(get, name);
    if (value !== undefined && !value.includes('-----BEGIN') && hasControlCharacter(value)) {
        throw inputError(name, '(more than one line, not a PEM key)', 'PEM text (-----BEGIN …), or the path of a key file on one line without control characters');
    }
    return value;
}
const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);
/**
 * The one reading of a true/false word (true/yes/on/1, false/no/off/0, any case): undefined when
 * `value` is neither, for inputs that take a boolean or something else (a list, a key).
 */
function booleanWord(value) {
    const word = value.trim().toLowerCase();
    return TRUE.has(word) ? true : FALSE.has(word) ? false : undefined;
}
function boolean(get, name, fallback = false) {
    const raw = get(name).trim();
    if (raw === '')
        return fallback;
    const value = booleanWord(raw);
    if (value === undefined)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, 'true or false');
    return value;
}
/** A true/false word, or `auto` (also when empty): for an input whose default is decided at run time. */
function booleanOrAuto(get, name) {
    const raw = get(name).trim();
    if (raw === '' || raw.toLowerCase() === 'auto')
        return 'auto';
    const value = booleanWord(raw);
    if (value === undefined)
        throw inputError(name, raw, 'true, false or auto');
    return value;
}
function integer(get, name, options = {}) {
    const raw = get(name).trim();
    if (raw === '') {
        if (options.fallback !== undefined)
            return options.fallback;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, 'a whole number');
    }
    const min = options.min ?? Number.MIN_SAFE_INTEGER;
    const max = options.max ?? Number.MAX_SAFE_INTEGER;
    if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, `a whole number from ${min} to ${max}`);
    }
    return Number(raw);
}
function oneOf(get, name, accepted, fallback) {
    const raw = get(name).trim();
    if (raw === '' && fallback !== undefined)
        return fallback;
    const found = accepted.find((a) => a === raw.toLowerCase());
    if (found === undefined)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, raw, `one of ${accepted.join(', ')}`);
    return found;
}
/** A list: one item per line, or comma-separated; blank items and `#` comments dropped. */
function list(get, name, options = {}) {
    return splitList(get(name), options.comma ?? true).map((item) => plainValue(name, item));
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
function regex(get, name) {
    const raw = text(get, name);
    if (raw === '')
        return undefined;
    try {
        return new RegExp(raw, 'u');
    }
    catch (error) {
        throw inputError(name, raw, `a valid JavaScript regular expression (${error.message})`);
    }
}
/**
 * A user name and password (or token) that only make sense together: both or neither. Without
 * them, registry credentials come from ~/.docker/config.json.
 */
function credentialPair(get, userInput = 'registry-username', passwordInput = 'registry-password') {
    const username = optionalText(get, userInput);
    const password = optionalBlock(get, passwordInput);
    if ((username === undefined) !== (password === undefined)) {
        throw inputError(username === undefined ? userInput : passwordInput, '', `both ${userInput} and ${passwordInput}, or neither (then ~/.docker/config.json is used)`);
    }
    return { username, password };
}
/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970-01-01 UTC, or undefined
 * when unset or empty. Anything else is refused rather than ignored, since it would silently change
 * what an artefact's timestamps are.
 */
function sourceDateEpoch(env) {
    const epoch = env.SOURCE_DATE_EPOCH?.trim();
    if (epoch === undefined || epoch === '')
        return undefined;
    if (!/^\d{1,12}$/.test(epoch)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtefactsError */ .E('INPUT_INVALID', `SOURCE_DATE_EPOCH: got ${JSON.stringify(epoch)}; expected whole seconds since 1970-01-01 UTC.`, { hint: 'Set it to e.g. $(git log -1 --format=%ct), or unset it to use the commit time.' });
    }
    return Number(epoch);
}


/***/ }),

/***/ 6729:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ compareText)
/* harmony export */ });
/**
 * The one text order for everything the suite sorts: code units, locale-independent, so signed
 * statements, documents and reports never depend on the machine's locale (`localeCompare` orders
 * `-`, `_` and case by the locale's collation, and its first call loads ICU's collator, about
 * 10 ms of a short run).
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 2109:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ pathInputError),
/* harmony export */   Gl: () => (/* binding */ workspace),
/* harmony export */   fz: () => (/* binding */ parseAllowOutsideWorkspace),
/* harmony export */   ve: () => (/* binding */ inWorkspace)
/* harmony export */ });
/* unused harmony exports PathRefusal, insideWorkspace, ownPathInWorkspace, linksBeneath, keyInWorkspace, isPathFailure, originError, workspaceGlob, parseRegistryAccess */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7638);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7276);
/**
 * The one rule for path inputs: every file or directory an input names (read or written) resolves
 * inside the workspace after symbolic links are followed, unless the user lets that one input out
 * with `allow-outside-workspace` (CLI: `--allow-outside-workspace <input>`). And no input value that
 * becomes a file name or an output value carries a newline or another control character.
 *
 * The workspace is GITHUB_WORKSPACE in an action and the working directory for the CLI: the
 * `cwd` of the ActionEnvironment. RUNNER_TEMP is outside it: other steps keep credentials there
 * (actions/checkout's persisted token, for one), so a key written to RUNNER_TEMP needs the opt-in
 * for its input. Temporary files the suite writes itself are not inputs and are not checked here.
 *
 * How to call it, for a new path input:
 * - in the parser: nothing but the usual parse (and `plainValue` is applied by the helpers below);
 *   add the input's name to the action's list passed to {@link parseAllowOutsideWorkspace};
 * - in the run entry point, before any work: `inWorkspace(ws, 'input-name', value)` for a file or
 *   directory that is read or written (it may not exist yet), {@link keyInWorkspace} for a key
 *   input (PEM text or a path), {@link workspaceGlob} for a glob;
 * - for a directory whose files are then opened by name (an `oci:` layout), also open it with
 *   {@link linksBeneath}: the check above follows the links on the way to the directory, not those
 *   beneath it, which are met only when each file is opened.
 * - where the path is then opened, made, read or written: a failure the path causes (absent, a
 *   regular file where a directory must be, permission denied, ...) is thrown as
 *   {@link pathInputError} (or {@link originError} for a path carried far from its input), naming the
 *   input, never as Node's bare errno (which the runner reports as a bug).
 */





/** The input that lets named path inputs leave the workspace. */
const ALLOW_OUTSIDE_WORKSPACE = 'allow-outside-workspace';
function workspace(root, allowOutside) {
    return { root: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root), allowOutside: allowOutside ?? new Set() };
}
// The control-character rule lives with the other input rules (inputs.ts); path inputs apply it as every input does.

/**
 * `allow-outside-workspace`: the names of this action's path inputs that may resolve outside the
 * workspace (comma- or newline-separated). Any other name is an error, so a typo never silently
 * leaves an input confined or a wildcard lets every input out. Undefined when none is listed
 * (the inputs objects then compare equal to those built without the field).
 */
function parseAllowOutsideWorkspace(raw, pathInputs) {
    const names = new Set();
    for (const name of (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .splitList */ .ry)(raw(ALLOW_OUTSIDE_WORKSPACE))) {
        if (!pathInputs.includes(name)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(ALLOW_OUTSIDE_WORKSPACE, name, pathInputs.length === 0
                ? 'nothing (this command has no path inputs)'
                : `names of path inputs of this action: ${pathInputs.join(', ')}`);
        }
        names.add(name);
    }
    return names.size === 0 ? undefined : names;
}
function realRoot(root) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(root);
    }
    catch {
        return root;
    }
}
/**
 * The real location of `absolute`: symbolic links followed along the whole path, also where the
 * path does not exist yet (the real path of its deepest existing ancestor, plus the rest). A
 * dangling symbolic link is followed to where it points, since writing through it lands there.
 */
function realLocation(absolute) {
    let current = absolute;
    const rest = [];
    for (let hops = 0; hops < 64; hops++) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(current), ...rest);
        }
        catch {
            // fall through: current does not resolve
        }
        let link;
        try {
            if (node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(current).isSymbolicLink())
                link = node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync(current);
        }
        catch {
            // current does not exist
        }
        if (link !== undefined) {
            current = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current), link);
            continue;
        }
        const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current);
        if (parent === current)
            return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(current, ...rest);
        rest.unshift(node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(current));
        current = parent;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtefactsError */ .E('PATH_UNSAFE', `${absolute}: too many levels of symbolic links.`);
}
function contains(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, target);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel));
}
/**
 * A path input refused (PATH_UNSAFE). Its hint gives the advice and then the way out, the opt-in for
 * that input; `advice` alone is the hint for a caller whose own user has no such opt-in (`artefacts
 * release` runs the steps with inputs of its own choosing, and takes no allow-outside-workspace).
 */
class PathRefusal extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ArtefactsError */ .E {
    advice;
    constructor(message, input, advice, need) {
        super('PATH_UNSAFE', message, {
            hint: `${advice} If '${input}' really must ${need}, opt in for that input: ${ALLOW_OUTSIDE_WORKSPACE}: ${input} (CLI: --${ALLOW_OUTSIDE_WORKSPACE} ${input}).`,
        });
        this.name = 'PathRefusal';
        this.advice = advice;
    }
}
function unsafe(ws, input, value, real) {
    return new PathRefusal(`Input '${input}': ${JSON.stringify(value)} resolves to ${real}, outside the workspace ${realRoot(ws.root)}.`, input, 'Use a path inside the workspace.', 'name a path outside it');
}
/**
 * Resolves a path input against the workspace and refuses it (PATH_UNSAFE, naming the input) when
 * its real location, symbolic links followed, is outside the workspace, unless the input is listed
 * in `allow-outside-workspace`. `..`, absolute paths and links out are all caught the same way.
 * A path that does not exist yet (an output) is decided by its deepest existing ancestor.
 * Returns the absolute path (as given, not the link target) for the caller to use.
 */
function inWorkspace(ws, input, value) {
    return insideWorkspace(ws, input, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .plainValue */ ._y)(input, value));
}
/**
 * {@link inWorkspace} without the control-character rule, for a name that is not an input value
 * but comes from a file (a name listed in a checksums file may be escaped and hold a newline).
 */
function insideWorkspace(ws, input, value) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(ws.root, value);
    if (ws.allowOutside.has(input))
        return absolute;
    const real = realLocation(absolute);
    if (!contains(realRoot(ws.root), real))
        throw unsafe(ws, input, value, real);
    return absolute;
}
/**
 * A path the suite chose itself (no input names it, so no opt-in lets it out), refused as
 * {@link inWorkspace} refuses an input's when it resolves outside the workspace: a folder of its own
 * that a symbolic link would otherwise lead out (release's `.artefacts/keys`). `what` names it.
 */
function ownPathInWorkspace(ws, what, value) {
    const absolute = path.resolve(ws.root, value);
    const real = realLocation(absolute);
    if (!contains(realRoot(ws.root), real)) {
        throw new ArtefactsError('PATH_UNSAFE', `${what} ${JSON.stringify(value)} resolves to ${real}, outside the workspace ${realRoot(ws.root)}; nothing was written.`, { hint: `A symbolic link leads it out of the workspace: remove the link (or point it inside), then run again.` });
    }
    return absolute;
}
/**
 * How a store opened on a directory input treats symbolic links among the files it opens by name
 * (oci/layout.ts's LayoutAccess): refused, naming the input and the link (never what it leads to or
 * holds), unless the user let the input out of the workspace, which then follows them as any path
 * of it. Every link is refused, also one that stays inside the workspace: where each leads would be
 * decided anew at every open, after the directory's check. It carries the input's name too, so that
 * every other refusal of the directory (not there, not a layout, a file) names the input as well.
 */
function linksBeneath(ws, input) {
    return {
        input,
        follow: ws.allowOutside.has(input),
        refuse: (file) => new PathRefusal(`Input '${input}': ${file} is a symbolic link inside the directory it names; no link there is followed, since one could lead outside the workspace.`, input, 'Replace the link with what it points to (cp -rL makes such a copy).', 'follow links'),
    };
}
/** As {@link inWorkspace}, for a value that is either PEM text or the path of a key file. */
function keyInWorkspace(ws, input, value) {
    if (value === undefined || value.includes('-----BEGIN') || /^keyless$/i.test(value))
        return;
    inWorkspace(ws, input, value);
}
/**
 * The errno codes of a filesystem call that say the path a user gave is not what the command needs
 * (absent, a file where a directory must be, unreadable, unwritable, a link loop, too long), as
 * against a failure of the machine (a full disk, an I/O error), which is not the input's fault.
 */
const PATH_FAILURE_CODES = new Set([
    'ENOENT',
    'EACCES',
    'EPERM',
    'EEXIST',
    'ENOTDIR',
    'EISDIR',
    'ELOOP',
    'ENAMETOOLONG',
]);
/** Whether `error` is a filesystem failure caused by the path itself (see {@link pathInputError}). */
function isPathFailure(error) {
    // Not `instanceof Error`: Node's errors may come from another realm (a vm context, as under jest).
    const code = typeof error === 'object' && error !== null ? error.code : undefined;
    return typeof code === 'string' && PATH_FAILURE_CODES.has(code);
}
/** What is at `file`, in words ("a regular file", "a directory", ...), undefined when nothing is. */
function kindAt(file) {
    let info;
    try {
        info = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(file);
    }
    catch {
        return undefined;
    }
    if (info.isFile())
        return 'a regular file';
    if (info.isDirectory())
        return 'a directory';
    if (info.isSymbolicLink())
        return 'a symbolic link';
    if (info.isFIFO())
        return 'a named pipe';
    if (info.isSocket())
        return 'a socket';
    return 'a device';
}
/** The deepest of `file` and its ancestors that exists, and the one below it that does not. */
function firstMissing(file) {
    let missing = file;
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file); dir !== missing; missing = dir, dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir)) {
        if (kindAt(dir) !== undefined)
            return missing;
    }
    return missing;
}
/** The nearest of `file` and its ancestors that exists and is not a directory (ENOTDIR's culprit). */
function notADirectory(file) {
    for (let at = file;; at = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(at)) {
        const kind = kindAt(at);
        if (kind !== undefined && kind !== 'a directory')
            return at;
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(at) === at)
            return undefined;
    }
}
/**
 * The error for a filesystem call that failed on a path an input named: INPUT_INVALID naming the
 * input, the value given, what the command expected of it and why the path is not that, e.g.
 * `Input 'bake-dir': got "file.txt"; expected a directory … (it is a regular file, not a directory).` The
 * failing path (the error's own, else the value's) is "it" when it is the value's location and is
 * named otherwise (a file found inside a directory given, an ancestor that is a regular file).
 * Anything but such a failure (a full disk, an I/O error, a thrown ArtefactsError) is returned as it
 * is, for the caller to rethrow: `catch (error) { throw pathInputError(root, 'paths', given, 'readable files', error); }`.
 * `root` is the workspace: failing paths inside it are shown relative to it. `at` names the path to
 * tell instead of the error's, where that one is the command's own (a temporary name in a directory
 * the user named: the directory is what to tell).
 */
function pathInputError(root, input, given, expected, error, at) {
    if (!isPathFailure(error))
        return error;
    const self = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, given);
    const failed = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, at ?? (typeof error.path === 'string' ? error.path : self));
    const name = (file) => {
        if (file === self)
            return 'it';
        const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, file);
        return contains(root, file) && rel !== '' ? rel.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/') : file;
    };
    let why;
    let hint;
    switch (error.code) {
        case 'ENOENT':
            why = `${name(firstMissing(failed))} does not exist`;
            break;
        case 'EEXIST': {
            // mkdir's EEXIST: something other than a directory is where one must be made.
            const kind = kindAt(failed);
            const notDirectory = error.syscall === 'mkdir' && kind !== 'a directory' ? ', not a directory' : '';
            why = `${name(failed)} is ${kind ?? 'already there'}${notDirectory}`;
            break;
        }
        case 'ENOTDIR': {
            const culprit = notADirectory(failed);
            why =
                culprit === undefined
                    ? `a part of ${name(failed)} is not a directory`
                    : `${name(culprit)} is ${kindAt(culprit) ?? 'not a directory'}, not a directory`;
            break;
        }
        case 'EISDIR':
            why = `${name(failed)} is a directory`;
            break;
        case 'ELOOP':
            why = `${failed === self ? '' : `${name(failed)}: `}too many levels of symbolic links`;
            break;
        case 'ENAMETOOLONG': {
            // A path found under the one given (a file pull writes in `output`) is named, shortened: it may run to 4 KB.
            const long = name(failed);
            const shortened = long.length > 120 ? `${long.slice(0, 60)}…${long.slice(-60)}` : long;
            why =
                failed === self
                    ? 'the name is too long for the filesystem'
                    : `${shortened}, ${Buffer.byteLength(long)} bytes, is too long a path for the filesystem`;
            hint = 'Use a shorter path: a directory nearer the root of the filesystem, or shorter names in it.';
            break;
        }
        default:
            why = `permission denied${failed === self ? '' : ` on ${name(failed)}`}`;
            hint = 'Check the permissions of the path (and of the directories above it) for the user this runs as.';
    }
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(input, given, `${expected} (${why})`, hint);
}
/**
 * A failure on a path `origin` named, as that input's error ({@link pathInputError}) when the path
 * is at fault (absent, unreadable, a directory, ...); otherwise, or without an origin, `otherwise()`:
 * for a path carried far from its input (a file found by a glob, read and signed later). `at` is
 * as {@link pathInputError}'s.
 */
function originError(origin, expected, error, otherwise, at) {
    if (origin === undefined || !isPathFailure(error))
        return otherwise();
    return pathInputError(origin.root, origin.input, origin.given, expected, error, at);
}
/**
 * The files a glob input matches, relative to the workspace, as absolute paths in match order;
 * every match is checked as {@link inWorkspace} checks a path, so a pattern reaching out (`../x/*`)
 * or a match that is a symbolic link out is refused, naming the input.
 */
async function workspaceGlob(ws, input, pattern) {
    plainValue(input, pattern);
    const glob = fsp.glob;
    if (typeof glob !== 'function') {
        throw new ArtefactsError('INTERNAL', 'File globs need Node.js 22 or later (fs.glob).');
    }
    const out = [];
    for await (const entry of glob(pattern, { cwd: ws.root }))
        out.push(inWorkspace(ws, input, entry));
    return out;
}
/**
 * The inputs every command that opens a store reads alike: `registry-username` and
 * `registry-password` (both or neither) and `allow-outside-workspace` over the command's own path inputs.
 */
function parseRegistryAccess(raw, pathInputs) {
    const { username, password } = credentialPair(raw);
    return {
        registryUsername: username,
        registryPassword: password,
        allowOutsideWorkspace: parseAllowOutsideWorkspace(raw, pathInputs),
    };
}


/***/ }),

/***/ 6922:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pc: () => (/* binding */ gatherFacts),
  XY: () => (/* binding */ isGitRepository),
  B_: () => (/* binding */ makeApi),
  JH: () => (/* binding */ parseRemoteUrl),
  M0: () => (/* binding */ remoteFacts),
  Ow: () => (/* binding */ repositoryFacts)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/git/git.ts + 2 modules
var git = __nccwpck_require__(101);
// EXTERNAL MODULE: ./packages/core/src/git/history.ts
var git_history = __nccwpck_require__(1150);
// EXTERNAL MODULE: ./packages/core/src/github/api.ts
var api = __nccwpck_require__(5793);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __nccwpck_require__(7276);
;// CONCATENATED MODULE: ./packages/core/src/time.ts
/**
 * The one reproducible time of the suite: what build-tag's `created`, pack's file times and an
 * SBOM's timestamp are. SOURCE_DATE_EPOCH (reproducible-builds.org) first, then the candidates the
 * caller knows (a commit time, an image's `created`), in order, then a fallback that every caller
 * names: the time must never silently become the clock.
 */

const SOURCE_DATE_EPOCH = 'SOURCE_DATE_EPOCH';
async function reproducibleTime(env, candidates, fallback) {
    const epoch = (0,inputs/* sourceDateEpoch */.pA)(env);
    if (epoch !== undefined)
        return { time: new Date(epoch * 1000), source: SOURCE_DATE_EPOCH };
    for (const candidate of candidates) {
        const found = await candidate();
        if (found !== undefined && !Number.isNaN(found.time.getTime()))
            return found;
    }
    switch (fallback.kind) {
        case 'fail':
            throw fallback.error();
        case 'unix-epoch':
            return { time: new Date(0), source: 'unix-epoch' };
        case 'now':
            return { time: new Date(Math.floor(Date.now() / 1000) * 1000), source: 'now' };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/version/build-facts.ts





async function isGitRepository(cwd) {
    const result = await (0,git/* gitRaw */.Pm)(['rev-parse', '--git-dir'], { cwd });
    return result.exitCode === 0;
}
/** The branch git is on, else a tag on HEAD (a detached tag checkout), as metadata-action's `context: git`. */
async function gitRef(cwd) {
    const symbolic = await (0,git/* gitRaw */.Pm)(['symbolic-ref', '--short', '-q', 'HEAD'], { cwd });
    if (symbolic.exitCode === 0 && symbolic.stdout.trim() !== '')
        return { branch: symbolic.stdout.trim() };
    const tags = await (0,git/* gitRaw */.Pm)(['tag', '--points-at', 'HEAD', '--sort=-v:refname'], { cwd });
    const tag = tags.exitCode === 0 ? tags.stdout.split('\n').find((t) => t.trim() !== '') : undefined;
    return tag === undefined ? {} : { tag: tag.trim() };
}
async function gatherFacts(environment, inGit, options) {
    const { cwd, env, github: gh } = environment;
    const assumptions = [];
    const needGit = (what) => {
        if (!inGit) {
            throw new errors/* ArtefactsError */.E('GIT_NOT_A_REPOSITORY', `${cwd} is not a git repository, and ${what} is not known otherwise.`, {
                hint: 'Check out the repository first (actions/checkout), or run from inside a clone.',
            });
        }
    };
    const head = async () => (await (0,git/* git */.$Y)(['rev-parse', 'HEAD'], { cwd })).trim();
    const pr = gh?.pullRequest;
    const target = gh !== undefined && /^pull_request_target$/.test(gh.eventName);
    let revision;
    let ref = gh?.ref ?? '';
    if (options.context === 'git') {
        needGit('the commit (context: git)');
        revision = await head();
        const fromGit = await gitRef(cwd);
        ref = fromGit.branch ? `refs/heads/${fromGit.branch}` : fromGit.tag ? `refs/tags/${fromGit.tag}` : ref;
        assumptions.push(`revision ${revision} and ref ${ref || '(none)'} from git (context: git)`);
    }
    else if (pr !== undefined && target) {
        // pull_request_target runs the base branch's workflow on the base commit: name what was checked out.
        if (options.prHeadSha === true)
            revision = pr.headSha;
        else if (inGit) {
            revision = await head();
            if (revision !== gh?.sha)
                assumptions.push(`revision ${revision}: the commit checked out (GITHUB_SHA is ${gh?.sha})`);
        }
        else
            revision = gh?.sha ?? '';
    }
    else if (pr !== undefined) {
        revision = options.prHeadSha === false ? (gh?.sha ?? '') : pr.headSha || gh?.sha || '';
    }
    else {
        revision = gh?.sha ?? '';
    }
    if (revision === '') {
        needGit('the commit');
        revision = await head();
        assumptions.push(`revision ${revision} from git HEAD`);
    }
    let branch;
    let headBranch;
    let refTag;
    if (ref.startsWith('refs/tags/'))
        refTag = ref.slice('refs/tags/'.length);
    if (gh !== undefined && options.context !== 'git') {
        if (pr !== undefined)
            headBranch = pr.headRef || gh.headRef || undefined;
        else if (ref.startsWith('refs/heads/'))
            branch = ref.slice('refs/heads/'.length);
    }
    else if (gh !== undefined) {
        if (ref.startsWith('refs/heads/'))
            branch = ref.slice('refs/heads/'.length);
        if (pr !== undefined)
            headBranch = pr.headRef || undefined;
    }
    else {
        const named = env.CI_COMMIT_REF_NAME || env.BRANCH_NAME || undefined;
        if (named !== undefined) {
            branch = named;
            assumptions.push(`branch '${branch}' from ${env.CI_COMMIT_REF_NAME ? 'CI_COMMIT_REF_NAME' : 'BRANCH_NAME'}`);
        }
        else if (inGit) {
            const fromGit = await gitRef(cwd);
            if (fromGit.branch !== undefined) {
                branch = fromGit.branch;
                assumptions.push(`branch '${branch}' from git`);
            }
            else if (fromGit.tag !== undefined) {
                refTag = fromGit.tag;
                assumptions.push(`tag '${refTag}' from git (detached HEAD at a tag)`);
            }
            else
                assumptions.push('no branch (detached HEAD)');
        }
    }
    if (pr === undefined)
        headBranch = branch;
    let runNumber;
    if (gh !== undefined && gh.runNumber > 0)
        runNumber = String(gh.runNumber);
    else {
        const fromEnv = ['ARTEFACTS_RUN_NUMBER', 'CI_PIPELINE_IID', 'BUILD_NUMBER'].find((n) => (env[n] ?? '') !== '');
        if (fromEnv !== undefined) {
            runNumber = env[fromEnv] ?? '';
            if (!/^\d+$/.test(runNumber)) {
                throw new errors/* ArtefactsError */.E('INPUT_INVALID', `${fromEnv}=${JSON.stringify(runNumber)} is not a whole number, so it cannot be the run number.`);
            }
            assumptions.push(`run_number ${runNumber} from ${fromEnv}`);
        }
        else {
            needGit('the run number (set ARTEFACTS_RUN_NUMBER)');
            runNumber = (await (0,git/* git */.$Y)(['rev-list', '--count', 'HEAD'], { cwd })).trim();
            const shallow = await (0,git_history/* isShallow */.fE)(cwd);
            assumptions.push(`run_number ${runNumber} = commits in HEAD${shallow ? ' (shallow clone: this count is too low)' : ''}; set ARTEFACTS_RUN_NUMBER to choose`);
        }
    }
    const runAttempt = gh !== undefined && gh.runAttempt > 0 ? String(gh.runAttempt) : env.ARTEFACTS_RUN_ATTEMPT || '1';
    const payloadBaseRef = gh?.payload?.base_ref;
    const baseRef = pr !== undefined
        ? pr.baseRef || undefined
        : refTag !== undefined && typeof payloadBaseRef === 'string'
            ? payloadBaseRef.replace(/^refs\/heads\//, '')
            : undefined;
    const { created, createdSource } = await createdTime(environment, revision, inGit);
    return {
        revision,
        branch,
        headBranch,
        refTag,
        baseRef,
        pr: pr?.number,
        eventName: gh?.eventName,
        runNumber,
        runAttempt,
        created,
        createdSource,
        assumptions,
    };
}
/** SOURCE_DATE_EPOCH, else the commit time of the built revision: never the wall clock. */
async function createdTime(environment, revision, inGit) {
    const { env, cwd, logger } = environment;
    const builtCommit = async () => {
        const at = inGit ? await (0,git/* commitTime */.bX)(cwd, revision) : undefined;
        return at === undefined ? undefined : { time: at, source: `commit time of ${revision.slice(0, 12)}` };
    };
    const pushEvent = () => {
        const headCommit = environment.github?.payload.head_commit;
        if (headCommit?.id !== revision || !headCommit.timestamp || Number.isNaN(Date.parse(headCommit.timestamp))) {
            return undefined;
        }
        return { time: new Date(Date.parse(headCommit.timestamp)), source: 'head_commit.timestamp of the push event' };
    };
    const headOfClone = async () => {
        if (!inGit)
            return undefined;
        const head = await (0,git/* gitRaw */.Pm)(['show', '-s', '--format=%ct%n%H', 'HEAD'], { cwd });
        const [seconds = '', sha = ''] = head.stdout.trim().split('\n');
        if (head.exitCode !== 0 || !/^\d+$/.test(seconds))
            return undefined;
        // Typical on pull_request with a depth-1 checkout: the PR head is a parent of the merge commit, not fetched.
        logger.info(`The built commit ${revision.slice(0, 12)} is not in the clone, so 'created' uses the commit time of HEAD (${sha.slice(0, 12)}). Set SOURCE_DATE_EPOCH to choose.`);
        return { time: new Date(Number(seconds) * 1000), source: `commit time of HEAD ${sha.slice(0, 12)}` };
    };
    const when = await reproducibleTime(env, [builtCommit, pushEvent, headOfClone], {
        kind: 'fail',
        error: () => new errors/* ArtefactsError */.E('GIT_NOT_A_REPOSITORY', `Cannot find a reproducible creation time: the commit ${revision} is not available.`, { hint: 'Check out the repository (actions/checkout) or set SOURCE_DATE_EPOCH.' }),
    });
    return { created: when.time, createdSource: when.source };
}
/**
 * `https://[user[:token]@]host[:port]/owner/repo[.git]`, `ssh://git@host[:port]/owner/repo.git` or the scp-like
 * `git@host:owner/repo.git` → host, owner (may hold groups: `group/sub`), repo. Credentials are dropped.
 * Local paths and file:// URLs give undefined.
 */
function parseRemoteUrl(raw) {
    const url = raw.trim();
    let host;
    let path;
    const scheme = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(url);
    if (scheme !== null) {
        if (!['https', 'http', 'ssh', 'git'].includes((scheme[1] ?? '').toLowerCase()))
            return undefined;
        const rest = scheme[2] ?? '';
        const slash = rest.indexOf('/');
        if (slash <= 0)
            return undefined;
        const authority = rest.slice(0, slash);
        host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
        path = rest.slice(slash + 1);
    }
    else {
        const scp = /^(?:[^@/]+@)?([^/:]+):(?!\/)(.+)$/.exec(url);
        if (scp === null)
            return undefined;
        host = scp[1] ?? '';
        path = scp[2] ?? '';
    }
    const parts = path
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .split('/')
        .filter((p) => p !== '');
    const repo = parts.pop();
    if (host === '' || repo === undefined || parts.length === 0)
        return undefined;
    return { host, owner: parts.join('/'), repo };
}
async function remoteFacts(cwd, inGit) {
    if (!inGit)
        return undefined;
    const remote = await (0,git/* gitRaw */.Pm)(['remote', 'get-url', 'origin'], { cwd });
    return remote.exitCode === 0 ? parseRemoteUrl(remote.stdout) : undefined;
}
function fromRepoObject(repo, source) {
    const s = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
    return {
        name: s(repo.name) ?? s(repo.full_name)?.split('/').pop(),
        description: s(repo.description),
        license: s(repo.license?.spdx_id),
        htmlUrl: s(repo.html_url),
        defaultBranch: s(repo.default_branch),
        source,
    };
}
async function repositoryFacts(environment, api, remote) {
    const payloadRepo = environment.github?.payload.repository;
    if (payloadRepo !== undefined && typeof payloadRepo.html_url === 'string')
        return fromRepoObject(payloadRepo, 'event payload');
    if (api !== undefined && environment.github !== undefined) {
        try {
            const response = await api.request('GET', api.repoPath(''), {
                what: 'read the repository metadata',
            });
            return fromRepoObject(response.data, 'GitHub API');
        }
        catch (error) {
            environment.logger.warning(`Repository metadata for labels: ${(0,errors/* describeError */.Uc)(error)} Falling back to the git remote.`);
        }
    }
    if (remote !== undefined) {
        return {
            name: remote.repo,
            description: undefined,
            license: undefined,
            htmlUrl: `https://${remote.host}/${remote.owner}/${remote.repo}`,
            source: 'git remote',
        };
    }
    return { name: undefined, description: undefined, license: undefined, htmlUrl: undefined, source: 'none' };
}
function makeApi(environment, token, remote) {
    const gh = environment.github;
    if (gh !== undefined && gh.owner !== '' && gh.repo !== '') {
        return new api/* GitHubApi */.y({ apiUrl: gh.apiUrl, token, owner: gh.owner, repo: gh.repo, logger: environment.logger });
    }
    if (remote === undefined)
        return undefined;
    const apiUrl = environment.env.GITHUB_API_URL ||
        (remote.host === 'github.com' ? 'https://api.github.com' : `https://${remote.host}/api/v3`);
    return new api/* GitHubApi */.y({ apiUrl, token, owner: remote.owner, repo: remote.repo, logger: environment.logger });
}


/***/ }),

/***/ 7111:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qF: () => (/* binding */ DEFAULT_BAKE_TARGET),
  gN: () => (/* binding */ DEFAULT_GIT_REMOTE),
  HB: () => (/* binding */ metadataEnvironment),
  DP: () => (/* binding */ parseBuildTagInputs),
  kf: () => (/* binding */ parseSemver),
  gX: () => (/* binding */ parseVersionInput),
  A6: () => (/* binding */ versionString)
});

// UNUSED EXPORTS: BUILD_TAG_SECRETS, DEFAULT_TEMPLATE, parseTagPrefix

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __nccwpck_require__(7276);
// EXTERNAL MODULE: ./packages/core/src/paths.ts
var paths = __nccwpck_require__(2109);
;// CONCATENATED MODULE: ./packages/core/src/oci/references.ts
/**
 * Image references: `registry/ns/repo:tag@sha256:…`, Docker Hub short forms, localhost and
 * host:port registries, and `oci:<dir>[:tag|@digest]` for a local OCI image layout.
 * Grammar from distribution/reference (the one every registry and docker CLI uses).
 */

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
/** The key Docker writes into ~/.docker/config.json for Docker Hub. */
const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;
function invalid(given, part, why) {
    const shown = given.length > 300 ? `${given.slice(0, 300)}…` : given;
    return new errors/* ArtefactsError */.E('REFERENCE_INVALID', `Invalid image reference ${JSON.stringify(shown)}: ${part} ${why}.`, {
        hint: 'Expected [registry[:port]/]repository[:tag][@sha256:<64 hex>] or oci:<dir>[:tag|@sha256:<64 hex>].',
    });
}
function isDigest(value) {
    return DIGEST.test(value);
}
function isTag(value) {
    return TAG.test(value);
}
/** Checks a digest string, naming it when wrong. */
function checkDigest(value, what = 'digest') {
    if (!DIGEST.test(value)) {
        throw new ArtefactsError('REFERENCE_INVALID', `Invalid ${what} ${JSON.stringify(value.slice(0, 100))}: expected sha256:<64 lowercase hex>.`);
    }
    return value;
}
function splitTagDigest(given, rest) {
    let name = rest;
    let digest;
    const at = name.indexOf('@');
    if (at >= 0) {
        digest = name.slice(at + 1);
        name = name.slice(0, at);
        if (!DIGEST.test(digest)) {
            throw invalid(given, `the digest ${JSON.stringify(digest)}`, 'is not sha256:<64 lowercase hex>');
        }
    }
    let tag;
    const colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf('/')) {
        tag = name.slice(colon + 1);
        name = name.slice(0, colon);
        if (!TAG.test(tag)) {
            throw invalid(given, `the tag ${JSON.stringify(tag)}`, 'is not a valid tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127}; no "+")');
        }
    }
    return { name, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
}
/**
 * The registry part of a name (no tag or digest), as written, or undefined when the name has none
 * (Docker Hub): its first component, when that holds a `.` or a `:`, is `localhost`, or has an
 * upper-case letter (docker's own splitDockerDomain rule).
 */
function registryPart(name) {
    const slash = name.indexOf('/');
    if (slash < 0)
        return undefined;
    const first = name.slice(0, slash);
    return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()
        ? first
        : undefined;
}
/** A repository path (`acme/app`, `library/alpine`): lower-case components separated by `/`. */
function isRepositoryPath(value) {
    return value !== '' && value.split('/').every((component) => COMPONENT.test(component));
}
/**
 * What is wrong with a registry host (`host[:port]`, as a reference's first component names it):
 * the part at fault and why, or undefined when it is a valid host with a port in range.
 */
function registryHostProblem(host) {
    if (!HOST.test(host))
        return { part: `the registry ${JSON.stringify(host)}`, why: 'is not a valid host[:port]' };
    const port = /:([0-9]+)$/.exec(host)?.[1];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
        return { part: `the registry port ${port}`, why: 'is out of range' };
    }
    return undefined;
}
/** Parses and normalises an image reference; throws REFERENCE_INVALID naming the wrong part. */
function parseReference(input) {
    const given = input.trim();
    if (given === '')
        throw invalid(input, 'the reference', 'is empty');
    if (given.startsWith('oci:'))
        return parseLayout(given);
    if (/\s/.test(given))
        throw invalid(given, 'the reference', 'contains whitespace');
    const { name, tag, digest } = splitTagDigest(given, given);
    if (name === '')
        throw invalid(given, 'the repository', 'is empty');
    const named = registryPart(name);
    let registry = DOCKER_HUB;
    let path = name;
    if (named !== undefined) {
        registry = named;
        path = name.slice(named.length + 1);
        const problem = registryHostProblem(registry);
        if (problem !== undefined)
            throw invalid(given, problem.part, problem.why);
    }
    if (registry === 'index.docker.io' || registry === DOCKER_HUB_API_HOST)
        registry = DOCKER_HUB;
    if (path === '')
        throw invalid(given, 'the repository', 'is empty');
    for (const component of path.split('/')) {
        if (!COMPONENT.test(component)) {
            throw invalid(given, `the repository component ${JSON.stringify(component)}`, 'must be lowercase letters and digits separated by ".", "_", "__" or "-"');
        }
    }
    if (registry === DOCKER_HUB && !path.includes('/'))
        path = `library/${path}`;
    if (registry.length + 1 + path.length > 255)
        throw invalid(given, 'the repository name', 'is longer than 255 characters');
    return {
        kind: 'registry',
        registry,
        host: registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry,
        repository: path,
        tag,
        digest,
    };
}
function parseLayout(given) {
    let rest = given.slice('oci:'.length);
    let digest;
    const at = rest.lastIndexOf('@');
    if (at >= 0 && rest.slice(at + 1).startsWith('sha')) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw invalid(given, `the digest ${JSON.stringify(digest)}`, 'is not sha256:<64 lowercase hex>');
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon >= 0 && colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(given, `the layout tag ${JSON.stringify(tag)}`, 'is not a valid tag');
    }
    if (rest === '')
        throw invalid(given, 'the layout directory', 'is empty');
    return { kind: 'layout', path: rest, tag, digest };
}
/** The canonical string: `docker.io/library/alpine:3.20@sha256:…`, `oci:dir:tag`. */
function formatReference(ref, override = {}) {
    const tag = 'tag' in override ? override.tag : ref.tag;
    const digest = 'digest' in override ? override.digest : ref.digest;
    const base = ref.kind === 'layout' ? `oci:${ref.path}` : `${ref.registry}/${ref.repository}`;
    return `${base}${tag === undefined ? '' : `:${tag}`}${digest === undefined ? '' : `@${digest}`}`;
}
/** A tag or digest to ask for: the digest wins when both are present; `latest` when neither. */
function referenceTarget(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
/** The fallback tag under which a registry without the referrers API lists referrers. */
function referrersTag(digest) {
    checkDigest(digest);
    return digest.replace(':', '-');
}
/** A reference given as an input: an invalid one is named as that input's error (INPUT_INVALID). */
function referenceInput(input, value) {
    try {
        return parseReference(value);
    }
    catch (error) {
        if (error instanceof ArtefactsError) {
            throw inputError(input, value, 'an image reference ([registry/]repository[:tag][@sha256:…]) or oci:<dir>[:tag|@sha256:…]', error.message);
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/version/image-name.ts


function parses(name) {
    try {
        parseReference(name);
        return true;
    }
    catch {
        return false;
    }
}
/** Validates one image name; the error names the input, the image and what is wrong with it. */
function parseImageName(raw, input = 'images') {
    const name = raw.trim();
    const accepted = 'an image name without tag or digest, e.g. ghcr.io/acme/app or docker.io/library/nginx';
    const bad = (why, hint) => (0,errors/* inputError */.Xu)(input, name, accepted, hint === undefined ? why : `${why} ${hint}`);
    if (name === '')
        throw bad('The image name is empty.');
    if (name.startsWith('oci:'))
        throw bad('It names an OCI image layout.', 'build-tag tags images in a registry.');
    let ref;
    try {
        ref = parseReference(name);
    }
    catch (error) {
        if (!(error instanceof errors/* ArtefactsError */.E))
            throw error;
        const lower = name.toLowerCase();
        throw bad(error.message, lower !== name && parses(lower) ? `Repository names are lower-case: did you mean '${lower}'?` : undefined);
    }
    if (ref.digest !== undefined)
        throw bad('It carries a digest.', 'List image names only; build-tag adds the tags.');
    if (ref.tag !== undefined)
        throw bad('It carries a tag.', `Remove ':${ref.tag}'; build-tag adds the tags.`);
    const domain = registryPart(name);
    return { name, domain, path: domain === undefined ? name : name.slice(domain.length + 1) };
}
const ENTRY_KEYS = ['name', 'enable'];
/**
 * The `images` input as docker/metadata-action reads it: names one per line or comma-separated, or
 * `name=<image>,enable=<true|false>` entries. Names are lower-cased (repository names are lower-case,
 * so `ghcr.io/${{ github.repository }}` works with an upper-case owner), with a notice saying so.
 */
function parseImageList(lines, input = 'images') {
    const seen = new Set();
    const names = [];
    const notes = [];
    const accepted = 'image names, or entries name=<image>,enable=<true|false>';
    for (const line of lines) {
        const entries = [];
        if (!line.includes('=')) {
            for (const part of line.split(','))
                if (part.trim() !== '')
                    entries.push({ name: part.trim(), enable: true });
        }
        else {
            let name = '';
            let enable = true;
            for (const part of line.split(',')) {
                const at = part.indexOf('=');
                const key = at < 0 ? 'name' : part.slice(0, at).trim().toLowerCase();
                const value = (at < 0 ? part : part.slice(at + 1)).trim();
                if (!ENTRY_KEYS.includes(key))
                    throw (0,errors/* inputError */.Xu)(input, line, accepted, `Unknown attribute '${key}'.`);
                if (key === 'name')
                    name = value;
                else if (/^(true|false)$/i.test(value))
                    enable = value.toLowerCase() === 'true';
                else
                    throw (0,errors/* inputError */.Xu)(input, line, accepted, 'enable is true or false.');
            }
            if (name === '')
                throw (0,errors/* inputError */.Xu)(input, line, accepted, 'The entry has no name=.');
            entries.push({ name, enable });
        }
        for (const entry of entries) {
            const lower = entry.name.toLowerCase();
            const { name } = parseImageName(lower, input);
            if (!entry.enable) {
                notes.push(`Image ${name}: enable=false, no tags for it.`);
                continue;
            }
            if (lower !== entry.name)
                notes.push(`Image name ${entry.name} lower-cased to ${name} (repository names are lower-case).`);
            if (seen.has(name))
                continue;
            seen.add(name);
            names.push(name);
        }
    }
    return { names, notes };
}

// EXTERNAL MODULE: ./packages/core/src/version/oci-labels.ts
var oci_labels = __nccwpck_require__(9679);
// EXTERNAL MODULE: ./packages/core/src/version/tag-rule-syntax.ts
var tag_rule_syntax = __nccwpck_require__(9213);
// EXTERNAL MODULE: ./packages/core/src/version/git-tag-push.ts
var git_tag_push = __nccwpck_require__(6448);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/classes/semver.js
var semver = __nccwpck_require__(9909);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/version/template.ts
var version_template = __nccwpck_require__(4902);
;// CONCATENATED MODULE: ./packages/core/src/version/build-tag-inputs.ts









const DEFAULT_TEMPLATE = '{{version}}-{{run_number}}-{{sha7}}';
const DEFAULT_BAKE_TARGET = 'docker-metadata-action';
/** Characters git refuses in ref names, plus whitespace (control characters are checked separately). */
const BAD_PREFIX = /[\s~^:?*[\\\x7f]|\.\.|@\{|^[/.-]|\/\/|\.lock$/;
function parseTagPrefix(raw, input = 'tag-prefix') {
    if (BAD_PREFIX.test(raw) || (0,src_inputs/* hasControlCharacter */.Fd)(raw)) {
        throw (0,errors/* inputError */.Xu)(input, raw, 'text usable at the start of a git tag name: no spaces, none of ~ ^ : ? * [ \\, no "..", not starting with / . or -');
    }
    return raw;
}
const DEFAULT_GIT_REMOTE = 'origin';
/** A remote's name or URL, handed to git as one argument: never something git would read as an option. */
function parseGitRemote(raw, input = 'git-remote') {
    if (raw.startsWith('-') || /\s/.test(raw) || (0,src_inputs/* hasControlCharacter */.Fd)(raw)) {
        throw (0,errors/* inputError */.Xu)(input, raw, "the name of a git remote (such as origin) or its URL: no spaces, not starting with '-'");
    }
    return raw;
}
/** The canonical text of a version, build metadata included (`semver`'s `.version` drops it). */
function versionString(version) {
    return version.build.length > 0 ? `${version.version}+${version.build.join('.')}` : version.version;
}
function parseSemver(text) {
    try {
        return new (semver_default())(text);
    }
    catch {
        return undefined;
    }
}
/** Accepts `1.2.3`, `v1.2.3` and `<tag-prefix>1.2.3` (a tag name from a tag-push pipeline). */
function parseVersionInput(raw, tagPrefix, input = 'version') {
    const candidates = [raw];
    if (tagPrefix !== '' && raw.startsWith(tagPrefix))
        candidates.push(raw.slice(tagPrefix.length));
    if (/^v\d/.test(raw))
        candidates.push(raw.slice(1));
    for (const candidate of candidates) {
        const parsed = /^\d/.test(candidate) ? parseSemver(candidate) : undefined;
        if (parsed !== undefined)
            return versionString(parsed);
    }
    throw (0,errors/* inputError */.Xu)(input, raw, 'a semantic version (https://semver.org) such as 1.4.0, 2.0.0-rc.1 or 1.4.0+build.5, optionally with the tag prefix', "Pass semver-calculate's output: version: ${{ steps.semver.outputs.version }}.");
}
/** Label and annotation values may use the template placeholders (metadata-action's global expressions). */
function checkTemplates(values, input) {
    for (const value of values)
        if (value.includes('{{') || value.includes('}}'))
            (0,version_template/* parseTemplate */.QC)(value, input);
}
/** A separator input: not trimmed (a space or `,` is a separator), `\n` when empty. */
function separator(raw, name) {
    const value = raw(name);
    return value === '' ? '\n' : value;
}
/** build-tag's one path input: where the bake files go when given. */
const BUILD_TAG_PATH_INPUTS = ['bake-dir'];
/** Inputs whose values are secrets, masked as soon as they are read. */
const BUILD_TAG_SECRETS = (/* unused pure expression or super */ null && (['github-token']));
function parseBuildTagInputs(raw) {
    // Every item of these becomes an output line (tags, labels, annotations): no newline or control character
    // inside. The single values (template, tag-prefix, …) are one line each: parse.text refuses the rest.
    for (const name of ['images', 'tags', 'labels', 'annotations', 'flavor']) {
        for (const item of src_inputs/* splitList */.ry(raw(name), false))
            (0,src_inputs/* plainValue */._y)(name, item);
    }
    // Read as given (trimmed): parseTagPrefix refuses control characters in its own words, as parseGitRemote does.
    const tagPrefix = parseTagPrefix(raw('tag-prefix').trim());
    const version = src_inputs/* optionalText */.mR(raw, 'version');
    const template = (0,version_template/* parseTemplate */.QC)(src_inputs/* text */.Qq(raw, 'template') || DEFAULT_TEMPLATE, 'template');
    const images = parseImageList(src_inputs/* splitList */.ry(raw('images'), false), 'images');
    const labels = (0,oci_labels/* parseLabelLines */.DX)(src_inputs/* splitList */.ry(raw('labels'), false), 'labels');
    checkTemplates(Object.values(labels), 'labels');
    const annotations = (0,oci_labels/* parseAnnotationLines */.If)(src_inputs/* splitList */.ry(raw('annotations'), false), 'annotations');
    checkTemplates(annotations.map((a) => a.value), 'annotations');
    const flavor = (0,tag_rule_syntax/* parseFlavor */.wp)(src_inputs/* splitList */.ry(raw('flavor'), false), 'flavor');
    const latestInput = src_inputs/* oneOf */.yL(raw, 'latest', ['auto', 'true', 'false'], 'auto');
    if (flavor.latest !== undefined && latestInput !== 'auto' && latestInput !== flavor.latest) {
        throw (0,errors/* inputError */.Xu)('latest', latestInput, `the same as flavor's latest=${flavor.latest}, or auto`, 'Give latest in one place: the latest input or flavor: latest=...');
    }
    const context = src_inputs/* oneOf */.yL(raw, 'context', ['workflow', 'git'], 'workflow');
    const bakeTarget = src_inputs/* text */.Qq(raw, 'bake-target') || DEFAULT_BAKE_TARGET;
    if (!/^[a-zA-Z0-9_-]+$/.test(bakeTarget)) {
        throw (0,errors/* inputError */.Xu)('bake-target', bakeTarget, 'a bake target name: letters, digits, _ and -');
    }
    const inputs = {
        version: version === undefined ? undefined : parseVersionInput(version, tagPrefix),
        images: images.names,
        imageNotes: images.notes,
        template,
        tagRules: (0,tag_rule_syntax/* parseTagRules */.hh)(src_inputs/* splitList */.ry(raw('tags'), false), 'tags'),
        flavor,
        labels,
        annotations,
        annotationLevels: (0,oci_labels/* parseAnnotationLevels */.GB)(src_inputs/* list */.p_(raw, 'annotation-levels'), 'annotation-levels'),
        shaLength: src_inputs/* integer */.nd(raw, 'sha-length', { min: 4, max: 40, fallback: 7 }),
        pushGitTag: src_inputs/* boolean */.zM(raw, 'push-git-tag', false),
        annotatedTag: src_inputs/* boolean */.zM(raw, 'annotated-tag', false),
        tagPrefix,
        moveMajorTag: src_inputs/* boolean */.zM(raw, 'move-major-tag', false),
        gitTagTransport: src_inputs/* oneOf */.yL(raw, 'git-tag-transport', git_tag_push/* GIT_TAG_TRANSPORTS */.PU, 'auto'),
        gitRemote: parseGitRemote(raw('git-remote').trim() || DEFAULT_GIT_REMOTE),
        latest: flavor.latest ?? latestInput,
        exportEnv: src_inputs/* boolean */.zM(raw, 'export-env', true),
        githubToken: src_inputs/* optionalBlock */.ki(raw, 'github-token') ?? '',
        context,
        bakeTarget,
        bakeDir: src_inputs/* optionalText */.mR(raw, 'bake-dir'),
        allowOutsideWorkspace: (0,paths/* parseAllowOutsideWorkspace */.fz)(raw, BUILD_TAG_PATH_INPUTS),
        sepTags: separator(raw, 'sep-tags'),
        sepLabels: separator(raw, 'sep-labels'),
        sepAnnotations: separator(raw, 'sep-annotations'),
    };
    // Inputs that do nothing without push-git-tag are an error, not silently ignored.
    for (const [name, on, given] of [
        ['move-major-tag', inputs.moveMajorTag, 'true'],
        ['annotated-tag', inputs.annotatedTag, 'true'],
        ['git-tag-transport', inputs.gitTagTransport !== 'auto', inputs.gitTagTransport ?? ''],
        ['git-remote', inputs.gitRemote !== DEFAULT_GIT_REMOTE, inputs.gitRemote ?? ''],
    ]) {
        if (on && !inputs.pushGitTag) {
            throw (0,errors/* inputError */.Xu)(name, given, 'false unless push-git-tag is true (push-git-tag is missing)', `Set push-git-tag: true, or remove ${name}.`);
        }
    }
    return inputs;
}
const TRUE_WORDS = /^(true|1|yes|on)$/i;
const FALSE_WORDS = /^(false|0|no|off)$/i;
function envBoolean(env, name) {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '')
        return undefined;
    if (TRUE_WORDS.test(raw))
        return true;
    if (FALSE_WORDS.test(raw))
        return false;
    throw new errors/* ArtefactsError */.E('INPUT_INVALID', `${name}=${JSON.stringify(raw)}: expected true or false.`);
}
function conflict(name, envValue, input, inputValue) {
    return new errors/* ArtefactsError */.E('INPUT_INVALID', `${name}=${envValue} and input '${input}' (${inputValue}) disagree; build-tag will not pick one silently.`, { hint: `Keep one of them: the input '${input}' or the environment variable ${name}.` });
}
/**
 * DOCKER_METADATA_SHORT_SHA_LENGTH, DOCKER_METADATA_ANNOTATIONS_LEVELS, DOCKER_METADATA_SET_OUTPUT_ENV
 * and DOCKER_METADATA_PR_HEAD_SHA, as metadata-action reads them. Each stands for an input left at its
 * default; given both with different values, the step fails rather than choose.
 */
function metadataEnvironment(inputs, env) {
    const notes = [];
    let shaLength = inputs.shaLength;
    const shaRaw = env.DOCKER_METADATA_SHORT_SHA_LENGTH?.trim();
    if (shaRaw !== undefined && shaRaw !== '') {
        if (!/^\d+$/.test(shaRaw) || Number(shaRaw) < 4 || Number(shaRaw) > 40) {
            throw new errors/* ArtefactsError */.E('INPUT_INVALID', `DOCKER_METADATA_SHORT_SHA_LENGTH=${JSON.stringify(shaRaw)}: expected a whole number from 4 to 40.`);
        }
        if (inputs.shaLength !== 7 && inputs.shaLength !== Number(shaRaw)) {
            throw conflict('DOCKER_METADATA_SHORT_SHA_LENGTH', shaRaw, 'sha-length', String(inputs.shaLength));
        }
        shaLength = Number(shaRaw);
        notes.push(`sha length ${shaLength} from DOCKER_METADATA_SHORT_SHA_LENGTH`);
    }
    let annotationLevels = inputs.annotationLevels;
    const levelsRaw = env.DOCKER_METADATA_ANNOTATIONS_LEVELS?.trim();
    if (levelsRaw !== undefined && levelsRaw !== '') {
        const levels = (0,oci_labels/* parseAnnotationLevels */.GB)(src_inputs/* splitList */.ry(levelsRaw), 'DOCKER_METADATA_ANNOTATIONS_LEVELS');
        const given = inputs.annotationLevels.join(',');
        if (given !== 'manifest' && given !== levels.join(',')) {
            throw conflict('DOCKER_METADATA_ANNOTATIONS_LEVELS', levelsRaw, 'annotation-levels', given);
        }
        annotationLevels = levels;
        notes.push(`annotation levels ${levels.join(',')} from DOCKER_METADATA_ANNOTATIONS_LEVELS`);
    }
    let exportEnv = inputs.exportEnv;
    const setEnv = envBoolean(env, 'DOCKER_METADATA_SET_OUTPUT_ENV');
    if (setEnv !== undefined) {
        if (!inputs.exportEnv && setEnv)
            throw conflict('DOCKER_METADATA_SET_OUTPUT_ENV', 'true', 'export-env', 'false');
        exportEnv = setEnv;
        notes.push(`export-env ${setEnv} from DOCKER_METADATA_SET_OUTPUT_ENV`);
    }
    const prHeadSha = envBoolean(env, 'DOCKER_METADATA_PR_HEAD_SHA');
    if (prHeadSha !== undefined)
        notes.push(`pull request sha from ${prHeadSha ? 'the PR head' : 'GITHUB_SHA'} (DOCKER_METADATA_PR_HEAD_SHA)`);
    return { shaLength, annotationLevels, exportEnv, prHeadSha, notes };
}


/***/ }),

/***/ 6448:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PU: () => (/* binding */ GIT_TAG_TRANSPORTS),
/* harmony export */   Tl: () => (/* binding */ chooseTagTransport),
/* harmony export */   ob: () => (/* binding */ moveTagWithGit),
/* harmony export */   pw: () => (/* binding */ createTagWithGit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7638);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(101);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1150);
/* harmony import */ var _git_remote_refs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4169);
/* harmony import */ var _github_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2080);
/* harmony import */ var _build_facts_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6922);
/**
 * push-git-tag over plain git, for any git host (no GitHub API): the same rules as the API path
 * (github/tags.ts). A version tag is created once and never moved:
 *   - absent on the remote → created locally (annotated when asked) and pushed without force;
 *   - present on the same commit → 'exists', nothing written;
 *   - present on another commit → TAG_CONFLICT naming both commits, nothing changed.
 * Two runs racing: the remote accepts exactly one creating push; the other is refused, re-reads
 * the remote and lands in one of the cases above. The major tag (`v1`) is the one pointer that
 * moves, pushed with --force-with-lease on the value just read, so a concurrent move is never
 * clobbered; the caller's guard, shown that value, may refuse the move (never backwards).
 */






const GIT_TAG_TRANSPORTS = ['auto', 'github-api', 'git'];
async function createTagWithGit(context, options) {
    const { cwd, remote, logger } = context;
    const { tag, sha } = options;
    const existing = await (0,_git_remote_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRemoteTag */ .xA)(cwd, remote, tag);
    if (existing !== undefined) {
        if (existing.commitSha === sha) {
            logger.info(`Tag ${tag} already exists on ${sha} in ${remote}: nothing to do.`);
            return 'exists';
        }
        throw (0,_github_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagConflict */ .TD)(tag, existing.commitSha, sha);
    }
    const local = await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveCommit */ .WL)(cwd, `refs/tags/${tag}`);
    if (local !== undefined && local !== sha) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('TAG_CONFLICT', `The local tag ${tag} names commit ${local}, not ${sha}; it is not on ${remote}, and it is never moved.`, { hint: `Delete the local tag (git tag -d ${tag}) if it was created by mistake, or release a new version.` });
    }
    if (local === undefined)
        await (0,_git_remote_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .createLocalTag */ .Ar)(cwd, options);
    else
        logger.info(`Using the local tag ${tag}, already on ${sha}.`);
    const pushed = await (0,_git_remote_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .pushRef */ .qn)(cwd, { remote, source: `refs/tags/${tag}`, destination: `refs/tags/${tag}` });
    if (pushed.ok) {
        logger.info(`Created tag ${tag} on ${sha}${options.annotated ? ' (annotated)' : ''} and pushed it to ${remote}.`);
        return 'created';
    }
    // Refused: someone may have pushed the tag between our read and our push. Re-read.
    const after = await (0,_git_remote_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRemoteTag */ .xA)(cwd, remote, tag).catch(() => undefined);
    if (after?.commitSha === sha) {
        logger.info(`Tag ${tag} was pushed on ${sha} by a concurrent run: nothing to do.`);
        return 'exists';
    }
    // The tag did not reach the remote as ours: the local one this run made goes too, so that no later
    // step (a version calculation, git describe) reads a version as released that was not. A local
    // tag that was there before the run is the user's, and stays.
    if (local === undefined)
        await deleteLocalTag(cwd, tag, logger);
    if (after === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('GIT_FAILED', `git push of the tag ${tag} to ${remote} failed: ${pushed.detail}`, {
            hint: `Check that this job may push tags to '${remote}' (credentials, protected tags).`,
        });
    }
    throw (0,_github_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagConflict */ .TD)(tag, after.commitSha, sha);
}
async function deleteLocalTag(cwd, tag, logger) {
    const result = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__/* .gitRaw */ .Pm)(['tag', '-d', tag], { cwd }).catch((error) => ({
        exitCode: 1,
        stderr: String(error),
    }));
    if (result.exitCode === 0)
        logger.info(`Deleted the local tag ${tag}: it was not pushed.`);
    else
        logger.warning(`The local tag ${tag} was not pushed and could not be deleted (git tag -d ${tag}): ${result.stderr.trim()}`);
}
/**
 * Points refs/tags/<tag> on the remote at `sha` (a lightweight tag), leased on the value just read;
 * nothing when `guard` refuses, given that value.
 */
async function moveTagWithGit(context, options) {
    const { cwd, remote, logger } = context;
    const { tag, sha } = options;
    const current = await (0,_git_remote_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRemoteTag */ .xA)(cwd, remote, tag);
    if (current !== undefined && current.objectSha === sha)
        return { status: 'unchanged' };
    const refused = await options.guard?.(current);
    if (refused !== undefined) {
        logger.info(`Not moving ${tag}: ${refused}.`);
        return { status: 'skipped', reason: refused };
    }
    const destination = `refs/tags/${tag}`;
    const pushed = await (0,_git_remote_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .pushRef */ .qn)(cwd, {
        remote,
        source: sha,
        destination,
        lease: { expected: current?.objectSha ?? '' },
    });
    if (pushed.ok) {
        logger.info(current === undefined
            ? `Created tag ${tag} on ${sha} in ${remote}.`
            : `Moved tag ${tag} from ${current.commitSha} to ${sha} in ${remote}.`);
        return { status: current === undefined ? 'created' : 'moved' };
    }
    const after = await (0,_git_remote_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRemoteTag */ .xA)(cwd, remote, tag);
    if (after?.objectSha === sha) {
        logger.info(`Tag ${tag} was moved to ${sha} by a concurrent run: nothing to do.`);
        return { status: 'unchanged' };
    }
    if (after?.objectSha !== current?.objectSha) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('TAG_RACE', `The tag ${tag} on ${remote} changed while this run moved it (now ${after?.commitSha ?? 'absent'}); it was left as the other run set it.`, { hint: 'Another run is moving it; re-run this job to move it again if this commit is the newest release.' });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtefactsError */ .E('GIT_FAILED', `git push of the tag ${tag} to ${remote} failed: ${pushed.detail}`, {
        hint: `Check that this job may push tags to '${remote}' (credentials, protected tags).`,
    });
}
/**
 * Which way push-git-tag writes: `auto` is the GitHub API when a token is given and the repository
 * is on GitHub (a GitHub Actions run, or the remote's host is github.com or GITHUB_SERVER_URL's),
 * else plain git to the remote.
 */
async function chooseTagTransport(args) {
    if (args.transport !== 'auto')
        return { transport: args.transport, why: `git-tag-transport: ${args.transport}` };
    if (args.api === undefined)
        return { transport: 'git', why: 'no GitHub repository is known' };
    if (args.token === '')
        return { transport: 'git', why: 'no github-token is given' };
    if (args.github !== undefined && args.github.repository !== '') {
        return { transport: 'github-api', why: `a GitHub Actions run of ${args.github.repository}` };
    }
    const url = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_4__/* .gitRaw */ .Pm)(['remote', 'get-url', args.remote], { cwd: args.cwd });
    // Not a remote's name: the remote may be given as a URL.
    const host = (0,_build_facts_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRemoteUrl */ .JH)(url.exitCode === 0 ? url.stdout : args.remote)?.host;
    const server = args.env.GITHUB_SERVER_URL?.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    if (host !== undefined && (host === 'github.com' || host === server)) {
        return { transport: 'github-api', why: `the remote '${args.remote}' is on ${host}` };
    }
    return { transport: 'git', why: `the remote '${args.remote}' is not on GitHub` };
}


/***/ }),

/***/ 9679:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ parseLabelLines),
/* harmony export */   Fn: () => (/* binding */ standardLabels),
/* harmony export */   GB: () => (/* binding */ parseAnnotationLevels),
/* harmony export */   If: () => (/* binding */ parseAnnotationLines),
/* harmony export */   Mr: () => (/* binding */ mergeLabels),
/* harmony export */   bK: () => (/* binding */ annotationLines)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6729);


const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'];
const LEVEL = /^(manifest|index|manifest-descriptor|index-descriptor)(\[[a-zA-Z0-9/._-]+\])?$/;
const KEY = /^[^\s=]+$/;
function parseLabelLines(lines, input) {
    const result = {};
    for (const line of lines) {
        const at = line.indexOf('=');
        const key = at > 0 ? line.slice(0, at).trim() : '';
        if (at <= 0 || !KEY.test(key))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, 'lines of the form key=value (keys without spaces)');
        result[key] = line.slice(at + 1).trim();
    }
    return result;
}
function parseAnnotationLines(lines, input) {
    return lines.map((line) => {
        const at = line.indexOf('=');
        let key = at > 0 ? line.slice(0, at).trim() : '';
        let level;
        const colon = key.indexOf(':');
        if (colon > 0 && LEVEL.test(key.slice(0, colon))) {
            level = key.slice(0, colon);
            key = key.slice(colon + 1);
        }
        if (at <= 0 || !KEY.test(key)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, `lines of the form key=value or <level>:key=value with a level among ${ANNOTATION_LEVELS.join(', ')}`);
        }
        return { level, key, value: line.slice(at + 1).trim() };
    });
}
function parseAnnotationLevels(items, input) {
    if (items.length === 0)
        return ['manifest'];
    for (const item of items) {
        if (!LEVEL.test(item)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, item, `levels among ${ANNOTATION_LEVELS.join(', ')} (optionally with [os/arch])`);
        }
    }
    return [...new Set(items)];
}
const sortKeys = (record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (0,_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n)(a, b)));
/** The standard keys; empty facts are left out rather than written as empty labels. */
function standardLabels(facts) {
    const p = 'org.opencontainers.image';
    const labels = {
        [`${p}.created`]: facts.created.toISOString(),
        [`${p}.revision`]: facts.revision,
        [`${p}.version`]: facts.version,
    };
    const repo = facts.repository;
    if (repo.name)
        labels[`${p}.title`] = repo.name;
    if (repo.description)
        labels[`${p}.description`] = repo.description;
    if (repo.license && repo.license !== 'NOASSERTION')
        labels[`${p}.licenses`] = repo.license;
    if (repo.htmlUrl) {
        labels[`${p}.source`] = repo.htmlUrl;
        labels[`${p}.url`] = repo.htmlUrl;
    }
    return labels;
}
/** User labels override; a user label with an empty value removes that key. Sorted by key. */
function mergeLabels(standard, user) {
    const merged = { ...standard };
    for (const [key, value] of Object.entries(user)) {
        if (value === '')
            delete merged[key];
        else
            merged[key] = value;
    }
    return sortKeys(merged);
}
/** `level:key=value` lines: the standard keys plus unqualified user ones at every level, then level-specific ones. */
function annotationLines(standard, user, levels) {
    const common = {};
    for (const a of user)
        if (a.level === undefined)
            common[a.key] = a.value;
    const base = mergeLabels(standard, common);
    const lines = [];
    const allLevels = [
        ...levels,
        ...user.map((a) => a.level).filter((l) => l !== undefined && !levels.includes(l)),
    ];
    for (const level of [...new Set(allLevels)]) {
        const specific = {};
        for (const a of user)
            if (a.level === level)
                specific[a.key] = a.value;
        const merged = levels.includes(level) ? mergeLabels(base, specific) : mergeLabels({}, specific);
        for (const [key, value] of Object.entries(merged))
            lines.push(`${level}:${key}=${value}`);
    }
    return lines;
}


/***/ }),

/***/ 9213:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PC: () => (/* binding */ DEFAULT_PRIORITY),
/* harmony export */   hh: () => (/* binding */ parseTagRules),
/* harmony export */   n6: () => (/* binding */ NO_FLAVOR),
/* harmony export */   wp: () => (/* binding */ parseFlavor)
/* harmony export */ });
/* unused harmony exports parseTagRule, DEFAULT_SEMVER_PATTERNS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4902);


/** Default priorities, as docker/metadata-action's (the immutable tag always comes first, latest last). */
const DEFAULT_PRIORITY = {
    immutable: 1000,
    schedule: 1000,
    semver: 900,
    match: 800,
    edge: 700,
    pr: 600,
    branch: 600,
    tag: 600,
    raw: 200,
    sha: 100,
    latest: 50,
};
const KEYS = {
    semver: ['pattern', 'value'],
    sha: ['length', 'format'],
    pr: ['event'],
    branch: ['event'],
    tag: ['event'],
    raw: ['value'],
    schedule: ['pattern'],
    edge: ['branch'],
    match: ['pattern', 'group', 'value'],
};
const COMMON_KEYS = ['type', 'prefix', 'suffix', 'enable', 'priority'];
const TYPES = ['semver', 'sha', 'pr', 'branch', 'ref', 'raw', 'schedule', 'edge', 'match'];
/** Rule types build-tag declines, with the reason given in the error. */
const DECLINED = {
    pep440: 'type=pep440 is not supported: build-tag works with semantic versions; give it the version (input version) and use type=semver',
};
/** Splits `a=b,c="d,e",f={{date 'Y,M'}}` on commas outside quotes and `{{ }}` (CSV quoting, as metadata-action's). */
function splitAttributes(line) {
    const parts = [];
    let current = '';
    let quote;
    let braces = 0;
    for (let i = 0; i < line.length; i++) {
        const c = line[i] ?? '';
        if (quote !== undefined) {
            if (c === quote && line[i + 1] === quote) {
                current += c;
                i++;
            }
            else if (c === quote)
                quote = undefined;
            else
                current += c;
            continue;
        }
        if (c === '"') {
            quote = c;
            continue;
        }
        if (line.startsWith('{{', i))
            braces++;
        if (line.startsWith('}}', i) && braces > 0)
            braces--;
        if (c === ',' && braces === 0) {
            parts.push(current);
            current = '';
            continue;
        }
        current += c;
    }
    parts.push(current);
    return parts.map((p) => p.trim()).filter((p) => p !== '');
}
function scopeOf(template) {
    const used = template.placeholders;
    if (used.some((p) => p === 'version' || p === 'prerelease' || p === 'build' || p === 'raw'))
        return 'exact';
    if (used.includes('patch'))
        return 'exact-stable';
    if (used.includes('minor'))
        return 'minor';
    if (used.includes('major'))
        return 'major';
    return undefined;
}
/** `/re/flags` or a bare pattern, as metadata-action's type=match reads it. */
function parseRegex(raw, fail) {
    const slashed = /^\/(.+)\/([a-z]*)$/.exec(raw);
    try {
        return slashed ? new RegExp(slashed[1] ?? '', slashed[2]) : new RegExp(raw);
    }
    catch (error) {
        throw fail(`pattern is not a valid regular expression (${error.message}).`);
    }
}
function parseTagRule(line, input = 'tags') {
    const accepted = 'rules such as type=semver,pattern={{major}}.{{minor}} | type=sha | type=ref,event=branch|tag|pr | type=schedule | type=edge | type=match,pattern=<regex> | type=raw,value=<template> (each also takes prefix=, suffix=, enable=, priority=)';
    const fail = (why) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, accepted, why);
    const attributes = new Map();
    if (!line.includes('=')) {
        attributes.set('type', 'raw');
        attributes.set('value', line.trim());
    }
    else {
        for (const part of splitAttributes(line)) {
            const at = part.indexOf('=');
            if (at < 0) {
                // metadata-action: a field without `=` is the value (`type=raw,foo`).
                if (attributes.has('value'))
                    throw fail(`'value' is given twice.`);
                attributes.set('value', part);
                continue;
            }
            if (at === 0)
                throw fail(`'${part}' is not key=value.`);
            const key = part.slice(0, at).trim().toLowerCase();
            if (attributes.has(key))
                throw fail(`'${key}' is given twice.`);
            attributes.set(key, part.slice(at + 1).trim());
        }
    }
    const typeRaw = (attributes.get('type') ?? 'raw').toLowerCase();
    const declined = DECLINED[typeRaw];
    if (declined !== undefined)
        throw fail(`${declined}.`);
    if (!TYPES.includes(typeRaw)) {
        throw fail(`Unknown or missing type '${attributes.get('type') ?? ''}'; types: ${TYPES.join(', ')}.`);
    }
    let type;
    if (typeRaw === 'ref') {
        const event = (attributes.get('event') ?? '').toLowerCase();
        if (event === 'branch' || event === 'tag' || event === 'pr')
            type = event;
        else
            throw fail(`type=ref needs event=branch, event=tag or event=pr.`);
    }
    else {
        type = typeRaw;
        if (attributes.has('event'))
            throw fail(`event= belongs to type=ref.`);
    }
    const shown = typeRaw === 'ref' ? 'type=ref' : `type=${type}`;
    for (const key of attributes.keys()) {
        if (!COMMON_KEYS.includes(key) && !KEYS[type].includes(key)) {
            throw fail(`${shown} takes ${[...COMMON_KEYS, ...KEYS[type]].join(', ')}; not '${key}'.`);
        }
    }
    if ((type === 'semver' || type === 'match') && (attributes.get('value') ?? '') !== '') {
        throw fail(`value= is not supported on type=${type}: build-tag takes the version from its 'version' input (or computes it), never from a value per rule.`);
    }
    const enableRaw = attributes.get('enable') ?? 'true';
    let enable = true;
    let enableWhen;
    if (/^(true|false)$/i.test(enableRaw))
        enable = enableRaw.toLowerCase() === 'true';
    else if (enableRaw.includes('{{'))
        enableWhen = (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .QC)(enableRaw, input);
    else
        throw fail(`enable is true, false or an expression such as {{is_default_branch}}.`);
    const priorityRaw = attributes.get('priority');
    if (priorityRaw !== undefined && !/^\d{1,6}$/.test(priorityRaw)) {
        throw fail(`priority is a whole number from 0 to 999999.`);
    }
    let length;
    const lengthRaw = attributes.get('length');
    if (lengthRaw !== undefined) {
        if (!/^\d+$/.test(lengthRaw) || Number(lengthRaw) < 4 || Number(lengthRaw) > 40) {
            throw fail(`length is a whole number from 4 to 40.`);
        }
        length = Number(lengthRaw);
    }
    const format = attributes.get('format');
    if (format !== undefined) {
        if (format !== 'short' && format !== 'long')
            throw fail(`format is short or long.`);
        if (length !== undefined)
            throw fail(`give length= or format=, not both.`);
        if (format === 'long')
            length = 40;
    }
    const optionalTemplate = (key) => {
        const value = attributes.get(key);
        return value === undefined ? undefined : (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .QC)(value, input);
    };
    let template;
    let scope;
    let match;
    if (type === 'semver') {
        const pattern = attributes.get('pattern');
        if (pattern === undefined || pattern === '') {
            if (enable || enableWhen)
                throw fail('type=semver needs pattern=, e.g. pattern={{major}}.{{minor}}.');
        }
        else {
            template = (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .QC)(pattern, input, _template_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION_PLACEHOLDERS */ .cs);
            scope = scopeOf(template);
            if (scope === undefined)
                throw fail('A semver pattern uses at least one version placeholder; for fixed names use type=raw.');
        }
    }
    else if (type === 'raw') {
        const value = attributes.get('value') ?? '';
        if (value === '')
            throw fail('type=raw needs value=.');
        template = (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .QC)(value, input);
    }
    else if (type === 'schedule') {
        template = (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .QC)(attributes.get('pattern') || 'nightly', input);
    }
    else if (type === 'match') {
        const pattern = attributes.get('pattern') ?? '';
        if (pattern === '')
            throw fail('type=match needs pattern=<regular expression>.');
        const groupRaw = attributes.get('group') ?? '0';
        if (!/^\d{1,3}$/.test(groupRaw))
            throw fail('group is a whole number (0: the whole match).');
        match = { regex: parseRegex(pattern, fail), group: Number(groupRaw) };
    }
    const defaultPrefix = type === 'sha' ? 'sha-' : type === 'pr' ? 'pr-' : undefined;
    const prefix = optionalTemplate('prefix') ?? (defaultPrefix === undefined ? undefined : (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .QC)(defaultPrefix, input));
    return {
        type,
        template,
        scope,
        prefix,
        suffix: optionalTemplate('suffix'),
        enable,
        enableWhen,
        priority: priorityRaw === undefined ? DEFAULT_PRIORITY[type] : Number(priorityRaw),
        length,
        branch: type === 'edge' ? attributes.get('branch') || undefined : undefined,
        match,
        line: line.trim(),
    };
}
const DEFAULT_SEMVER_PATTERNS = ['{{version}}', '{{major}}.{{minor}}', '{{major}}'];
/**
 * The effective rules: the user's lines plus the default semver rules, unless a line already says
 * how the version is tagged (type=semver, type=match or type=ref,event=tag), as metadata-action's do.
 */
function parseTagRules(lines, input = 'tags') {
    const rules = lines.map((line) => parseTagRule(line, input));
    const defaults = rules.some((r) => r.type === 'semver' || r.type === 'match' || r.type === 'tag')
        ? []
        : DEFAULT_SEMVER_PATTERNS.map((p) => parseTagRule(`type=semver,pattern=${p}`, input));
    return [...defaults, ...rules];
}
const NO_FLAVOR = {
    latest: undefined,
    prefix: undefined,
    prefixOnLatest: false,
    suffix: undefined,
    suffixOnLatest: false,
};
function parseFlavor(lines, input = 'flavor') {
    const accepted = 'lines latest=auto|true|false, prefix=<text>[,onlatest=true], suffix=<text>[,onlatest=true]';
    let flavor = NO_FLAVOR;
    for (const line of lines) {
        let last;
        for (const part of splitAttributes(line)) {
            const at = part.indexOf('=');
            if (at <= 0)
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, accepted, `'${part}' is not key=value.`);
            const key = part.slice(0, at).trim().toLowerCase();
            const value = part.slice(at + 1).trim();
            if (key === 'latest') {
                if (value !== 'auto' && value !== 'true' && value !== 'false') {
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, accepted, 'latest is auto, true or false.');
                }
                flavor = { ...flavor, latest: value };
            }
            else if (key === 'prefix' || key === 'suffix') {
                const template = value === '' ? undefined : (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .QC)(value, input);
                flavor = key === 'prefix' ? { ...flavor, prefix: template } : { ...flavor, suffix: template };
                last = key;
            }
            else if (key === 'onlatest') {
                if (value !== 'true' && value !== 'false')
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, accepted, 'onlatest is true or false.');
                if (last === undefined)
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, accepted, 'onlatest follows prefix= or suffix= on its line.');
                flavor =
                    last === 'prefix'
                        ? { ...flavor, prefixOnLatest: value === 'true' }
                        : { ...flavor, suffixOnLatest: value === 'true' };
            }
            else {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, line, accepted, `Unknown flavor '${key}'.`);
            }
        }
    }
    return flavor;
}


/***/ }),

/***/ 4902:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   cs: () => (/* binding */ VERSION_PLACEHOLDERS)
/* harmony export */ });
/* unused harmony exports PLACEHOLDERS, formatDate */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);

/**
 * The tag template engine: `{{name}}` placeholders and `{{date 'FORMAT' tz='Zone'}}`. Deliberately
 * tiny (no handlebars): a template is parsed once, when inputs are read, so an unknown placeholder
 * fails before anything else happens, with the input named and the accepted placeholders listed.
 * docker/metadata-action's global expressions ({{branch}}, {{tag}}, {{sha}}, {{base_ref}},
 * {{is_default_branch}}, {{date}}, {{commit_date}}) and its semver {{raw}} are among them.
 */
const PLACEHOLDERS = [
    'version',
    'major',
    'minor',
    'patch',
    'prerelease',
    'build',
    'raw',
    'run_number',
    'run_attempt',
    'sha',
    'sha7',
    'branch',
    'tag',
    'base_ref',
    'is_default_branch',
    'pr',
    'date',
    'commit_date',
];
/** Placeholders a `type=semver` pattern may use: they all come from the version. */
const VERSION_PLACEHOLDERS = [
    'version',
    'major',
    'minor',
    'patch',
    'prerelease',
    'build',
    'raw',
];
/** The moment.js format tokens supported (UTC unless tz= is given); `[text]` is literal. */
const DATE_TOKENS = [
    'YYYY',
    'YY',
    'MM',
    'M',
    'DD',
    'D',
    'HH',
    'H',
    'hh',
    'h',
    'mm',
    'm',
    'ss',
    's',
    'SSS',
    'A',
    'a',
    'Z',
    'ZZ',
    'X',
    'x',
];
/** Letters that are moment.js tokens: one of these outside DATE_TOKENS is refused, never printed as text. */
const MOMENT_LETTERS = /[MQDdEeWwYygGAaHhkmsSzZXxNo]/;
function describeAccepted(allowed) {
    const names = allowed.map((p) => (p === 'date' || p === 'commit_date' ? `{{${p} 'YYYYMMDD'}}` : `{{${p}}}`));
    return `a template whose placeholders are among ${names.join(', ')}`;
}
/** Parses a template; `input` names the input in errors; `allowed` narrows the placeholders. */
function parseTemplate(source, input, allowed = PLACEHOLDERS) {
    const parts = [];
    const used = [];
    const fail = (what) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, source, describeAccepted(allowed), `${what}. Date formats use the moment.js tokens ${DATE_TOKENS.join(' ')} and [literal text] (UTC, or tz='Area/City'), e.g. {{date 'YYYYMMDD-HHmmss'}}.`);
    let at = 0;
    while (at < source.length) {
        const open = source.indexOf('{{', at);
        const stray = source.indexOf('}}', at);
        if (stray >= 0 && (open < 0 || stray < open))
            throw fail(`A '}}' at position ${stray} has no opening '{{'`);
        if (open < 0) {
            parts.push({ kind: 'text', text: source.slice(at) });
            break;
        }
        if (open > at)
            parts.push({ kind: 'text', text: source.slice(at, open) });
        const close = source.indexOf('}}', open + 2);
        if (close < 0)
            throw fail(`The '{{' at position ${open} is never closed with '}}'`);
        const inner = source.slice(open + 2, close).trim();
        const date = /^(date|commit_date)(?:\s+(?:'([^']*)'|"([^"]*)"))?(?:\s+tz=(?:'([^']*)'|"([^"]*)"))?$/.exec(inner);
        let name;
        if (date) {
            name = date[1];
            const format = date[2] ?? date[3] ?? 'YYYYMMDD';
            if (format === '')
                throw fail(`{{${name}}} was given an empty format`);
            const bad = unsupportedToken(format);
            if (bad !== undefined)
                throw fail(`The date token '${bad}' in '${format}' is not supported`);
            const tz = date[4] ?? date[5] ?? 'UTC';
            if (!validTimeZone(tz))
                throw fail(`tz='${tz}' is not a time zone name (such as UTC or Asia/Tokyo)`);
            parts.push({ kind: 'date', name, format, tz });
        }
        else if (PLACEHOLDERS.includes(inner)) {
            name = inner;
            parts.push({ kind: 'value', name: name });
        }
        else {
            throw fail(`Unknown placeholder {{${inner}}}`);
        }
        if (!allowed.includes(name))
            throw fail(`The placeholder {{${name}}} cannot be used here`);
        if (!used.includes(name))
            used.push(name);
        at = close + 2;
    }
    return { source, parts, placeholders: used };
}
/**
 * `time` renders {{date}} (build-tag's reproducible creation time, never the clock); `commitTime`
 * renders {{commit_date}} (the commit time; `time` when not given).
 */
function renderTemplate(template, values, time, commitTime = time) {
    const missing = [];
    let value = '';
    for (const part of template.parts) {
        if (part.kind === 'text')
            value += part.text;
        else if (part.kind === 'date')
            value += formatDate(part.name === 'date' ? time : commitTime, part.format, part.tz);
        else {
            const v = values[part.name];
            if (v === undefined) {
                if (!missing.includes(part.name))
                    missing.push(part.name);
            }
            else
                value += v;
        }
    }
    return { value, missing };
}
const pad = (n, width = 2) => String(n).padStart(width, '0');
const TOKEN = /\[([^\]]*)\]|([A-Za-z])\2*/g;
/** The first moment.js token in `format` that formatDate does not render, if any. */
function unsupportedToken(format) {
    for (const match of format.matchAll(TOKEN)) {
        const run = match[0];
        if (match[1] !== undefined || DATE_TOKENS.includes(run))
            continue;
        if (MOMENT_LETTERS.test(run))
            return run;
    }
    return undefined;
}
function validTimeZone(tz) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
    }
    catch {
        return false;
    }
}
function fieldsIn(time, tz) {
    if (tz === 'UTC') {
        return {
            year: time.getUTCFullYear(),
            month: time.getUTCMonth() + 1,
            day: time.getUTCDate(),
            hour: time.getUTCHours(),
            minute: time.getUTCMinutes(),
            second: time.getUTCSeconds(),
            offsetMinutes: 0,
        };
    }
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
    }).formatToParts(time);
    const get = (type) => Number(parts.find((p) => p.type === type)?.value ?? '0');
    const fields = {
        year: get('year'),
        month: get('month'),
        day: get('day'),
        hour: get('hour'),
        minute: get('minute'),
        second: get('second'),
    };
    const local = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
    return { ...fields, offsetMinutes: Math.round((local - Math.floor(time.getTime() / 1000) * 1000) / 60_000) };
}
/**
 * Formats a date with the moment.js tokens in DATE_TOKENS, in UTC or the time zone `tz`;
 * `[text]` and every character that is not a moment token are literal.
 */
function formatDate(time, format, tz = 'UTC') {
    const f = fieldsIn(time, tz);
    const offset = (colon) => {
        const sign = f.offsetMinutes < 0 ? '-' : '+';
        const abs = Math.abs(f.offsetMinutes);
        return `${sign}${pad(Math.floor(abs / 60))}${colon ? ':' : ''}${pad(abs % 60)}`;
    };
    const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
    return format.replace(TOKEN, (run, literal) => {
        if (literal !== undefined)
            return literal;
        switch (run) {
            case 'YYYY':
                return pad(f.year, 4);
            case 'YY':
                return pad(f.year % 100);
            case 'MM':
                return pad(f.month);
            case 'M':
                return String(f.month);
            case 'DD':
                return pad(f.day);
            case 'D':
                return String(f.day);
            case 'HH':
                return pad(f.hour);
            case 'H':
                return String(f.hour);
            case 'hh':
                return pad(hour12);
            case 'h':
                return String(hour12);
            case 'mm':
                return pad(f.minute);
            case 'm':
                return String(f.minute);
            case 'ss':
                return pad(f.second);
            case 's':
                return String(f.second);
            case 'SSS':
                return pad(time.getUTCMilliseconds(), 3);
            case 'A':
                return f.hour < 12 ? 'AM' : 'PM';
            case 'a':
                return f.hour < 12 ? 'am' : 'pm';
            case 'Z':
                return offset(true);
            case 'ZZ':
                return offset(false);
            case 'X':
                return String(Math.floor(time.getTime() / 1000));
            case 'x':
                return String(time.getTime());
            default:
                return run;
        }
    });
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

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

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

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

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

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

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 2575:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ core_debug),
  z3: () => (/* binding */ error),
  dN: () => (/* binding */ exportVariable),
  V4: () => (/* binding */ getInput),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  lm: () => (/* binding */ notice),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, getBooleanInput, getIDToken, getMultilineInput, getState, markdownSummary, platform, saveState, setCommandEcho, setFailed, startGroup, toPlatformPath, toPosixPath, toWin32Path

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ./packages/http-client-lazy/lib/index.js
// @actions/http-client as @actions/core uses it, and nothing more: `new HttpClient(...)` and
// `getJson` (OIDC's getIDToken). The real client (and undici) is imported on the first request.
let real;
const load = () => (real ??= __nccwpck_require__.e(/* import() */ 257).then(__nccwpck_require__.bind(__nccwpck_require__, 3257)));

const STAND_IN = '@actions/http-client (the lazy stand-in in packages/http-client-lazy)';

/** The real HttpClient's other methods: @actions/core never calls them, so they are not wired up. */
const NOT_PROVIDED = [
  'options',
  'get',
  'del',
  'post',
  'patch',
  'put',
  'head',
  'sendStream',
  'postJson',
  'putJson',
  'patchJson',
  'request',
  'dispose',
  'requestRaw',
  'requestRawWithCallback',
  'getAgent',
  'getAgentDispatcher',
];

class lib_HttpClient {
  #args;
  #client;
  constructor(...args) {
    this.#args = args;
  }
  async #real() {
    if (this.#client === undefined) {
      const m = await load();
      this.#client = new m.HttpClient(...this.#args);
    }
    return this.#client;
  }
  async getJson(...args) {
    return (await this.#real()).getJson(...args);
  }
}
for (const name of NOT_PROVIDED) {
  Object.defineProperty(lib_HttpClient.prototype, name, {
    value() {
      throw new Error(
        `${STAND_IN} provides only what @actions/core calls (new HttpClient, getJson); HttpClient.${name}() was called. ` +
          'Wire it up in packages/http-client-lazy/lib/index.js (and index.d.ts), or drop the package.json override.',
      );
    },
    writable: true,
    configurable: true,
  });
}

;// CONCATENATED MODULE: ./node_modules/@actions/http-client-eager/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./packages/http-client-lazy/lib/auth.js
// The one credential handler @actions/core uses; it imports nothing heavy, so it is re-exported as it is.


;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = utils_toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return file_command_issueFileCommand('ENV', file_command_prepareKeyValueMessage(name, val));
    }
    command_issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

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
/******/ var __webpack_exports__ = __nccwpck_require__(7733);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 381:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(6342)
const { safeRe: re, t } = __nccwpck_require__(889)
const cmp = __nccwpck_require__(2964)
const debug = __nccwpck_require__(7921)
const SemVer = __nccwpck_require__(9909)
const Range = __nccwpck_require__(500)


/***/ }),

/***/ 500:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(4793)
const cache = new LRU()

const parseOptions = __nccwpck_require__(6342)
const Comparator = __nccwpck_require__(381)
const debug = __nccwpck_require__(7921)
const SemVer = __nccwpck_require__(9909)
const trimComparatorWhitespace = __nccwpck_require__(315)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(889)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(7415)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

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

/***/ 6105:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(3811)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 2964:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(6704)
const neq = __nccwpck_require__(4316)
const gt = __nccwpck_require__(6225)
const gte = __nccwpck_require__(9202)
const lt = __nccwpck_require__(254)
const lte = __nccwpck_require__(3959)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 431:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9909)
const parse = __nccwpck_require__(3811)
const { safeRe: re, t } = __nccwpck_require__(889)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 8970:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9909)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 1652:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(3483)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 3483:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9909)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 4437:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(3811)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 6704:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(3483)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6225:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(3483)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 9202:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(3483)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 4100:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9909)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 254:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(3483)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 3959:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(3483)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 2029:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9909)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 7001:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9909)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4316:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(3483)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 3811:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9909)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 6498:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9909)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 1604:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(3811)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 1731:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(3483)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 4898:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(8970)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8541:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(500)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 3578:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(8970)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 4924:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(3811)
const constants = __nccwpck_require__(7415)
const SemVer = __nccwpck_require__(9909)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 7306:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(3811)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 9730:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(889)
const constants = __nccwpck_require__(7415)
const SemVer = __nccwpck_require__(9909)
const identifiers = __nccwpck_require__(7150)
const parse = __nccwpck_require__(3811)
const valid = __nccwpck_require__(7306)
const clean = __nccwpck_require__(6105)
const inc = __nccwpck_require__(4100)
const diff = __nccwpck_require__(4437)
const major = __nccwpck_require__(2029)
const minor = __nccwpck_require__(7001)
const patch = __nccwpck_require__(6498)
const prerelease = __nccwpck_require__(1604)
const compare = __nccwpck_require__(3483)
const rcompare = __nccwpck_require__(1731)
const compareLoose = __nccwpck_require__(1652)
const compareBuild = __nccwpck_require__(8970)
const sort = __nccwpck_require__(3578)
const rsort = __nccwpck_require__(4898)
const gt = __nccwpck_require__(6225)
const lt = __nccwpck_require__(254)
const eq = __nccwpck_require__(6704)
const neq = __nccwpck_require__(4316)
const gte = __nccwpck_require__(9202)
const lte = __nccwpck_require__(3959)
const cmp = __nccwpck_require__(2964)
const coerce = __nccwpck_require__(431)
const truncate = __nccwpck_require__(4924)
const Comparator = __nccwpck_require__(381)
const Range = __nccwpck_require__(500)
const satisfies = __nccwpck_require__(8541)
const toComparators = __nccwpck_require__(1948)
const maxSatisfying = __nccwpck_require__(8815)
const minSatisfying = __nccwpck_require__(3213)
const minVersion = __nccwpck_require__(9472)
const validRange = __nccwpck_require__(8219)
const outside = __nccwpck_require__(2166)
const gtr = __nccwpck_require__(7834)
const ltr = __nccwpck_require__(7791)
const intersects = __nccwpck_require__(2943)
const simplifyRange = __nccwpck_require__(4262)
const subset = __nccwpck_require__(3479)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


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

/***/ 4793:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


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

/***/ 315:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(7415)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 7834:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(2166)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 2943:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(500)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 7791:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(2166)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 8815:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9909)
const Range = __nccwpck_require__(500)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 3213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9909)
const Range = __nccwpck_require__(500)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 9472:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9909)
const Range = __nccwpck_require__(500)
const gt = __nccwpck_require__(6225)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 2166:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9909)
const Comparator = __nccwpck_require__(381)
const { ANY } = Comparator
const Range = __nccwpck_require__(500)
const satisfies = __nccwpck_require__(8541)
const gt = __nccwpck_require__(6225)
const lt = __nccwpck_require__(254)
const lte = __nccwpck_require__(3959)
const gte = __nccwpck_require__(9202)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 4262:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8541)
const compare = __nccwpck_require__(3483)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 3479:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(500)
const Comparator = __nccwpck_require__(381)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8541)
const compare = __nccwpck_require__(3483)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 1948:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(500)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 8219:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(500)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 7733:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_src_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4382);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4308);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2028);



await (0,_shared_src_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)('build-tag', async () => (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getInputs */ .G)()));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4308:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ getInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8335);
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(308);


/** The only file that reads the runner's inputs. The token is masked as soon as it is read. */
function getInputs() {
    const token = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('github-token');
    if (token !== '')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
    return (0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_1__/* .parseBuildTagInputs */ .DP)((name) => (name === 'github-token' ? token : _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name)));
}


/***/ }),

/***/ 2028:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(308);
/* harmony import */ var _shared_src_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4382);


async function run(inputs) {
    return (0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_1__/* .buildTag */ .NQ)(inputs, (0,_shared_src_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .actionEnvironment */ .qu)());
}


/***/ }),

/***/ 4382:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qu: () => (/* binding */ actionEnvironment),
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: actionLogger

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 20 modules
var core = __nccwpck_require__(8335);
// EXTERNAL MODULE: ./packages/core/src/github/context.ts
var context = __nccwpck_require__(9594);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
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
const actionLogger = {
    debug: (message) => core/* debug */.Yz(message),
    info: (message) => core/* info */.pq(message),
    notice: (message) => core/* notice */.lm(message),
    warning: (message) => core/* warning */.$e(message),
    secret: (value) => {
        if (value !== '')
            core/* setSecret */.Pq(value);
    },
    group: (title, fn) => core/* group */.Os(title, fn),
};
/** Where an action runs: the runner starts it in GITHUB_WORKSPACE, with the run's context in the environment. */
function actionEnvironment() {
    return { cwd: process.cwd(), env: process.env, logger: actionLogger, github: (0,context/* readGitHubContext */.L)(process.env) };
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

/***/ 9594:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readGitHubContext),
/* harmony export */   V: () => (/* binding */ runUrl)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7638);


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


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  NQ: () => (/* binding */ buildTag),
  DP: () => (/* binding */ parseBuildTagInputs)
});

// UNUSED EXPORTS: DEFAULT_TEMPLATE, MIRRORED_OUTPUTS, envMirrorName, parseRemoteUrl, parseTagPrefix, parseVersionInput, versionString

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __nccwpck_require__(9730);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/github/context.ts
var context = __nccwpck_require__(9594);
;// CONCATENATED MODULE: ./packages/core/src/summary.ts

/**
 * The look every job summary shares: one header naming what the step did and the artefact it did it
 * to (a digest; for the versioning steps, which run before there is one, the version or tag), then a
 * link to the run (with its attempt), then the step's own table. The body's leading heading, if any,
 * becomes the header's title, so nothing the step said is lost.
 */
function summary_jobSummary(title, subject, github, body) {
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
    return `[${label}](${(0,context/* runUrl */.V)(github)}${attempt ? `/attempts/${attempt}` : ''})`;
}
/** Applies jobSummary to an outcome. */
function withJobSummary(outcome, title, subject, github) {
    return { ...outcome, summary: summary_jobSummary(title, subject, github, outcome.summary) };
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
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
        child.on('error', (error) => reject(new errors/* ArtefactsError */.E('GIT_FAILED', `Cannot run git: ${error.message}`, { hint: 'Is git installed and on PATH?' })));
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
            throw new errors/* ArtefactsError */.E('GIT_NOT_A_REPOSITORY', `${options.cwd} is not a git repository.`, {
                hint: 'Check out the repository first (actions/checkout), or run from inside a clone.',
            });
        }
        throw new errors/* ArtefactsError */.E('GIT_FAILED', `git ${args[0] ?? ''} failed (exit ${result.exitCode}): ${detail}`);
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
        child.on('error', (error) => reject(new errors/* ArtefactsError */.E('GIT_FAILED', `Cannot run git: ${error.message}`)));
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
        throw new errors/* ArtefactsError */.E('GIT_FAILED', `git ${args[0] ?? ''} failed (exit ${code}): ${detail}`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/github/api.ts

class api_GitHubApiError extends errors/* ArtefactsError */.E {
    status;
    constructor(status, message, hint) {
        super(status === 403 ? 'GITHUB_PERMISSION' : 'GITHUB_API', message, hint === undefined ? {} : { hint });
        this.status = status;
    }
}
class api_GitHubApi {
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
                throw new errors/* ArtefactsError */.E('GITHUB_API', `GitHub API unreachable while trying to ${what} (${attempt} tries).`, {
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
                throw new api_GitHubApiError(response.status, `GitHub refused to ${what}: ${response.status} ${message}.`, permission
                    ? `The token needs '${permission}'. Add to the job: permissions: { ${permission} }. Fork pull requests get a read-only token.`
                    : 'Check the token and its permissions.');
            }
            throw new api_GitHubApiError(response.status, `GitHub API failed to ${what}: ${response.status} ${message}.`);
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

;// CONCATENATED MODULE: ./packages/core/src/github/tags.ts

/**
 * Git tags through the REST API. A version tag is created once and never moved:
 *   - absent → created (an annotated tag object first when asked, then the ref);
 *   - present on the same commit → success, nothing written (re-runs, concurrent runs);
 *   - present on another commit → TAG_CONFLICT naming both commits; the tag is left alone.
 * Two runs racing: GitHub lets exactly one `POST git/refs` succeed; the other gets 422, re-reads
 * the ref and lands in one of the two cases above.
 * The one deliberate mutable pointer is the major tag (`v1`), updated with a single
 * `PATCH {sha, force: true}` (atomic: never delete-then-create).
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
            throw new errors/* ArtefactsError */.E('GITHUB_API', `The tag ${tag} is a chain of more than 5 tag objects.`);
        const object = await api.request('GET', api.repoPath(`/git/tags/${sha}`), {
            what: `read the tag object ${sha} of ${tag}`,
        });
        ({ sha, type } = object.data.object);
    }
    return { objectSha, commitSha: sha, annotated: objectSha !== sha };
}
function conflict(tag, existing, wanted) {
    return new errors/* ArtefactsError */.E('TAG_CONFLICT', `The tag ${tag} already exists on commit ${existing}, not on ${wanted}; it is never moved.`, {
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
        throw conflict(tag, existing.commitSha, sha);
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
        throw new errors/* ArtefactsError */.E('TAG_RACE', `GitHub refused to create the tag ${tag} (422 ${created.data?.message ?? ''}) and it cannot be read back.`, { hint: 'Check that the tag name is a valid git ref name, then re-run.' });
    }
    if (after.commitSha === sha) {
        logger.info(`Tag ${tag} was created on ${sha} by a concurrent run: nothing to do.`);
        return 'exists';
    }
    throw conflict(tag, after.commitSha, sha);
}
/** Points refs/tags/<tag> at `sha` (a lightweight tag): one atomic PATCH, or a create when absent. */
async function moveTag(api, options) {
    const { tag, sha, logger } = options;
    const current = await readTag(api, tag);
    if (current !== undefined && current.objectSha === sha)
        return 'unchanged';
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
            return 'moved';
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
        return 'created';
    }
    // Created concurrently by another run: update it in place.
    const moved = await patch();
    if (moved.status === 422) {
        throw new errors/* ArtefactsError */.E('TAG_RACE', `The tag ${tag} could neither be created nor updated (422).`, {
            hint: 'Another run may be changing it; re-run this job.',
        });
    }
    logger.info(`Moved tag ${tag} to ${sha}.`);
    return 'moved';
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts

function inputs_text(get, name) {
    return get(name).trim();
}
function inputs_optionalText(get, name) {
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
    throw (0,errors/* inputError */.Xu)(name, raw, 'true or false');
}
function integer(get, name, options = {}) {
    const raw = get(name).trim();
    if (raw === '') {
        if (options.fallback !== undefined)
            return options.fallback;
        throw (0,errors/* inputError */.Xu)(name, raw, 'a whole number');
    }
    const min = options.min ?? Number.MIN_SAFE_INTEGER;
    const max = options.max ?? Number.MAX_SAFE_INTEGER;
    if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw (0,errors/* inputError */.Xu)(name, raw, `a whole number from ${min} to ${max}`);
    }
    return Number(raw);
}
function inputs_oneOf(get, name, accepted, fallback) {
    const raw = get(name).trim();
    if (raw === '' && fallback !== undefined)
        return fallback;
    const found = accepted.find((a) => a === raw.toLowerCase());
    if (found === undefined)
        throw (0,errors/* inputError */.Xu)(name, raw, `one of ${accepted.join(', ')}`);
    return found;
}
/** A list: one item per line, or comma-separated; blank items and `#` comments dropped. */
function list(get, name, options = {}) {
    return inputs_splitList(get(name), options.comma ?? true);
}
function inputs_splitList(raw, comma = true) {
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
    for (const line of inputs_splitList(get(name), false)) {
        const at = line.indexOf('=');
        if (at <= 0)
            throw inputError(name, line, 'lines of the form key=value');
        result[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    return result;
}
function inputs_regex(get, name) {
    const raw = get(name).trim();
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
    const username = inputs_optionalText(get, userInput);
    const password = inputs_optionalText(get, passwordInput);
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
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `SOURCE_DATE_EPOCH: got ${JSON.stringify(epoch)}; expected whole seconds since 1970-01-01 UTC.`, { hint: 'Set it to e.g. $(git log -1 --format=%ct), or unset it to use the commit time.' });
    }
    return Number(epoch);
}

;// CONCATENATED MODULE: ./packages/core/src/version/image-name.ts

/**
 * Image names (no tag, no digest) per the docker/distribution reference grammar:
 *   name             := [domain '/'] path-component ['/' path-component]*
 *   domain           := host [':' port]   host: domain-name | IPv4 | '[' IPv6 ']'
 *   domain-component := [a-zA-Z0-9] | [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]
 *   path-component   := [a-z0-9]+ (separator [a-z0-9]+)*    separator := [_.] | '__' | '-'+
 * The first component is a domain only when it contains '.' or ':', is 'localhost', or has an
 * upper-case letter (as docker's own splitDockerDomain decides). The whole name is at most 255 characters.
 * TODO(lead): when the oci/ reference parser lands, let it own this and keep this function as a thin call.
 */
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN = new RegExp(`^(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
function looksLikeDomain(first) {
    return first.includes('.') || first.includes(':') || first === 'localhost' || first.toLowerCase() !== first;
}
/** Validates one image name; the error names the input, the image and what is wrong with it. */
function parseImageName(raw, input = 'images') {
    const name = raw.trim();
    const accepted = 'an image name without tag or digest, e.g. ghcr.io/acme/app or docker.io/library/nginx';
    const bad = (why, hint) => (0,errors/* inputError */.Xu)(input, name, accepted, hint === undefined ? why : `${why} ${hint}`);
    if (name === '')
        throw bad('The image name is empty.');
    if (name.length > 255)
        throw bad(`The name is ${name.length} characters long; at most 255 are allowed.`);
    if (name.includes('@'))
        throw bad('It carries a digest.', 'List image names only; build-tag adds the tags.');
    const slash = name.indexOf('/');
    const first = slash < 0 ? name : name.slice(0, slash);
    let domain;
    let path = name;
    if (slash >= 0 && looksLikeDomain(first)) {
        domain = first;
        path = name.slice(slash + 1);
        if (!DOMAIN.test(domain))
            throw bad(`'${domain}' is not a valid registry host[:port].`);
    }
    const lastColon = path.lastIndexOf(':');
    if (lastColon >= 0)
        throw bad('It carries a tag.', `Remove ':${path.slice(lastColon + 1)}'; build-tag adds the tags.`);
    for (const component of path.split('/')) {
        if (!PATH_COMPONENT.test(component)) {
            const lower = component.toLowerCase();
            throw bad(`The path component '${component}' is not allowed.`, lower !== component && PATH_COMPONENT.test(lower)
                ? `Repository names are lower-case: did you mean '${name.replace(component, lower)}'?`
                : 'Path components are lower-case letters and digits, separated by one of . _ __ or dashes.');
        }
    }
    return { name, domain, path };
}
function parseImageNames(raw, input = 'images') {
    const seen = new Set();
    const names = [];
    for (const item of raw) {
        const { name } = parseImageName(item, input);
        if (seen.has(name))
            continue;
        seen.add(name);
        names.push(name);
    }
    return names;
}

;// CONCATENATED MODULE: ./packages/core/src/version/oci-labels.ts

const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'];
const LEVEL = /^(manifest|index|manifest-descriptor|index-descriptor)(\[[a-zA-Z0-9/._-]+\])?$/;
const KEY = /^[^\s=]+$/;
function parseLabelLines(lines, input) {
    const result = {};
    for (const line of lines) {
        const at = line.indexOf('=');
        const key = at > 0 ? line.slice(0, at).trim() : '';
        if (at <= 0 || !KEY.test(key))
            throw (0,errors/* inputError */.Xu)(input, line, 'lines of the form key=value (keys without spaces)');
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
            throw (0,errors/* inputError */.Xu)(input, line, `lines of the form key=value or <level>:key=value with a level among ${ANNOTATION_LEVELS.join(', ')}`);
        }
        return { level, key, value: line.slice(at + 1).trim() };
    });
}
function parseAnnotationLevels(items, input) {
    if (items.length === 0)
        return ['manifest'];
    for (const item of items) {
        if (!LEVEL.test(item)) {
            throw (0,errors/* inputError */.Xu)(input, item, `levels among ${ANNOTATION_LEVELS.join(', ')} (optionally with [os/arch])`);
        }
    }
    return [...new Set(items)];
}
const sortKeys = (record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
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

;// CONCATENATED MODULE: ./packages/core/src/git/history.ts
/**
 * Reading release history from git: version tags (`for-each-ref`, and `--merged` over chosen tags),
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
/**
 * Which of `names` (tag names) point at `target` or one of its ancestors: one `for-each-ref
 * --merged` over exactly those refs. git walks back only as far as the oldest of them, so asking
 * about a few recent tags costs milliseconds where `--merged` over every tag walks the whole
 * history. Tag names are SemVer after a literal prefix, so they carry no glob characters; a pattern
 * also matches refs below it (`refs/tags/v1/x`), so the answer is filtered back to `names`.
 */
async function tagsMergedInto(cwd, target, names) {
    const wanted = new Set(names);
    const merged = new Set();
    if (wanted.size === 0)
        return merged;
    const args = ['for-each-ref', '--format=%(refname:lstrip=2)', `--merged=${target}`];
    for (const name of wanted)
        args.push(`refs/tags/${name}`);
    await gitStream(args, { cwd }, (line) => {
        if (wanted.has(line))
            merged.add(line);
    });
    return merged;
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
        throw new errors/* ArtefactsError */.E('GIT_FAILED', `Cannot resolve HEAD in ${cwd}: the repository has no commits yet.`, {
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
        throw new errors/* ArtefactsError */.E('GIT_SHALLOW', `Cannot compute a version: ${reason}, so the previous release and the commits since it are unknown.`, {
            hint: "Use actions/checkout with 'fetch-depth: 0' (and 'fetch-tags: true'), or set fetch-depth-policy: deepen.",
        });
    }
    if (!(await hasRemote(cwd, remote))) {
        throw new errors/* ArtefactsError */.E('GIT_SHALLOW', `Cannot deepen the clone: ${reason} and there is no '${remote}' remote.`, {
            hint: "Clone with full history ('fetch-depth: 0').",
        });
    }
    await options.logger.group(`Fetching history and tags from '${remote}': ${reason}`, async () => {
        const shallow = await isShallow(cwd);
        const args = ['fetch', '--quiet', '--tags', '--force', '--filter=blob:none', ...(shallow ? ['--unshallow'] : [])];
        const result = await git_gitRaw([...args, remote], { cwd });
        if (result.exitCode !== 0) {
            const detail = result.stderr.trim().split('\n').slice(-3).join(' ');
            throw new errors/* ArtefactsError */.E('GIT_SHALLOW', `Fetching history and tags from '${remote}' failed: ${detail}`, {
                hint: "Check the checkout's credentials (persist-credentials), or clone with 'fetch-depth: 0'.",
            });
        }
        if (await isShallow(cwd)) {
            throw new errors/* ArtefactsError */.E('GIT_SHALLOW', `The clone is still shallow after fetching from '${remote}'.`, {
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
async function comments_upsertStickyComment(api, number, marker, body, logger) {
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
const DEFAULT_COMMIT_TYPES = {
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

// EXTERNAL MODULE: ./packages/core/node_modules/semver/classes/semver.js
var classes_semver = __nccwpck_require__(9909);
var classes_semver_default = /*#__PURE__*/__nccwpck_require__.n(classes_semver);
;// CONCATENATED MODULE: ./packages/core/src/version/semver.ts
/**
 * Semantic Versioning 2.0.0 helpers on top of the `semver` package: strict parsing of tags with a
 * literal prefix, bumps (with the 0.x rule), prerelease channels and their counters.
 */
// Only the SemVer class: the package's index loads every range and function module (~80 ms cold).


const BUMPS = ['none', 'patch', 'minor', 'major'];
/** The SemVer 2.0.0 grammar, exactly (no leading `v`, no `=`, no leading zeros). */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** The SemVer grammar's match: groups 1-3 major, minor, patch; 4 the prerelease; 5 the build. */
function matchSemver(text) {
    return SEMVER.exec(text);
}
function semver_isStrictSemver(text) {
    return SEMVER.test(text);
}
function parseVersion(text) {
    if (!SEMVER.test(text))
        return undefined;
    return new (classes_semver_default())(text);
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
    return new (classes_semver_default())(a).compare(b) > 0;
}
function releaseOf(version) {
    return `${version.major}.${version.minor}.${version.patch}`;
}
/** The next stable version after `previous` (a stable version) for `bump`. */
function applyBump(previous, bump, rules) {
    const effective = bump === 'major' && previous.major === 0 && rules.zeroMajorBreaking === 'minor' ? 'minor' : bump;
    if (effective === 'none')
        return releaseOf(previous);
    const next = new (classes_semver_default())(releaseOf(previous)).inc(effective);
    return next.version;
}
/** Which bump takes `from` (stable) to `to` (stable, greater). */
function bumpBetween(from, to) {
    const t = new (classes_semver_default())(to);
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
/** Build metadata must be dot-separated [0-9A-Za-z-] identifiers. */
function isBuildMetadata(text) {
    return /^[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*$/.test(text);
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

;// CONCATENATED MODULE: ./packages/core/src/version/merged-tags.ts
/**
 * Version tags merged into a commit, answered lazily. The calculation only ever asks "the highest
 * merged tag such that ...", so instead of `for-each-ref --merged` over every tag (git then walks
 * the whole history: 1.6 s at 200k commits without a commit-graph), tags are sorted highest first
 * and only the leading candidates are checked, a few at a time, with batches growing when the
 * answer is further down. Past a bound, one full `--merged` listing answers everything at once,
 * so the worst case costs what the eager listing always cost.
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
    /** `prefix` followed by a strict SemVer 2.0.0 version (no `v`, no leading zeros), else undefined. */
    static parse(tag, prefix) {
        if (!tag.startsWith(prefix))
            return undefined;
        const text = tag.slice(prefix.length);
        const m = matchSemver(text);
        if (m === null)
            return undefined;
        const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
        // Numbers past 2^53 cannot be compared exactly (the semver package refuses them too).
        if (!Number.isSafeInteger(major) || !Number.isSafeInteger(minor) || !Number.isSafeInteger(patch))
            return undefined;
        return new ParsedTag(tag, text, major, minor, patch, m[4] !== undefined);
    }
    get version() {
        return (this.#version ??= new (classes_semver_default())(this.text));
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
        for (const t of candidates)
            this.known.set(t.tag, merged.has(t.tag));
    }
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
function report_renderSummary(result, options) {
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
                throw new errors/* ArtefactsError */.E('GIT_FAILED', `The pull request head ${head} is not in the clone and could not be fetched from origin.`, {
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
        const parsedTag = ParsedTag.parse(name, prefix);
        if (parsedTag === undefined) {
            if (ignored++ < 20)
                environment.logger.debug(`Ignoring tag '${name}': not '${prefix}' followed by a SemVer version.`);
            continue;
        }
        parsed.push(parsedTag);
    }
    if (ignored > 20)
        environment.logger.debug(`Ignored ${ignored} tags in all that are not versions.`);
    return parsed;
}
function highest(tags, filter) {
    let best;
    for (const t of tags)
        if (filter(t) && (best === undefined || t.compare(best) > 0))
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
    const isVersionTag = (name) => ParsedTag.parse(name, prefix) !== undefined;
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
    // Every version tag is listed (cheap); which are merged into HEAD is asked lazily, highest first.
    let all = parseTags(await listTags(cwd, prefix), prefix, environment);
    let merged = new MergedTags(cwd, sha, prefix, all);
    if (!deepened && (await merged.highest(() => true)) === undefined) {
        // No release reachable from HEAD: a repository never released, or a clone without its tags.
        const reason = all.length === 0 ? await missingTagsReason(cwd, { prefix, isVersionTag, logger }) : undefined;
        if (reason !== undefined) {
            await completeHistory(cwd, reason, { policy: options.fetchDepthPolicy, logger });
            deepened = true;
            all = parseTags(await listTags(cwd, prefix), prefix, environment);
            merged = new MergedTags(cwd, sha, prefix, all);
        }
    }
    const assumptions = [...ctx.assumptions];
    if (deepened)
        assumptions.push('the clone was shallow or missing tags: fetched history and tags from origin');
    for (const line of assumptions)
        logger.info(`Assuming ${line}.`);
    const fromAll = options.previousFrom === 'all';
    // HEAD already released: output that version as-is.
    const tagged = ctx.pr === undefined ? await taggedAtHead(cwd, merged, sha, ctx.tagRef, channel?.channel) : undefined;
    const previousFilter = (t) => !t.isPrerelease && (tagged === undefined || t.compare(tagged) < 0);
    const previousStable = fromAll ? highest(all, previousFilter) : await merged.highest(previousFilter);
    logger.debug(`${all.length} version tags in the repository; ${merged.queries} ancestry checks against ${sha.slice(0, 7)}.`);
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
            const target = parseVersion(release);
            const candidate = await merged.highest((t) => t.isPrerelease && compareRelease(t, target) > 0);
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
            const counter = nextChannelCounter(release, channel.channel, all.filter((t) => t.isPrerelease && t.release === release).map((t) => t.version));
            prerelease = `${channel.channel}.${counter}`;
            reasons.push(`channel ${channel.channel}${channel.kind === 'branch' ? ` (branch ${ctx.branch ?? ''})` : ''}: prerelease ${counter}`);
        }
    }
    const build = options.buildMetadata ? `sha.${sha.slice(0, 7)}` : '';
    const version = `${release}${prerelease ? `-${prerelease}` : ''}${build ? `+${build}` : ''}`;
    const parsed = parseVersion(version);
    if (parsed === undefined)
        throw new errors/* ArtefactsError */.E('INTERNAL', `Computed an invalid version '${version}'.`);
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
        await merged.find(tagRef),
        await merged.highest((t) => !t.isPrerelease),
        channel === undefined
            ? undefined
            : await merged.highest((t) => t.isPrerelease && t.version.prerelease[0] === channel),
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
    const api = new api_GitHubApi({
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
    return {
        outputs: versionOutputs(result),
        summary: jobSummary('semver-calculate', result.versionTag, github, summary),
    };
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
        [...raw].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) ||
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
/** Parses and validates every semver-calculate input; each error names its input. */
function parseSemverCalculateInputs(get) {
    const conventionalCommits = boolean(get, 'conventional-commits', true);
    const initialVersion = get('initial-version').trim() || '0.1.0';
    if (!isStrictSemver(initialVersion)) {
        throw inputError('initial-version', initialVersion, 'a SemVer 2.0.0 version without prefix, e.g. 0.1.0 or 1.0.0');
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
        buildMetadata: boolean(get, 'build-metadata', false),
        fetchDepthPolicy: oneOf(get, 'fetch-depth-policy', ['deepen', 'fail'], 'deepen'),
        previousFrom: oneOf(get, 'previous-from', ['merged', 'all'], 'merged'),
        comment: boolean(get, 'comment', true),
        token: get('github-token').trim(),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/version/resolve-version.ts


async function resolveVersion(options, environment) {
    const result = await calculateVersion(defaultVersionOptions({ tagPrefix: options.tagPrefix, token: options.token }), environment);
    environment.logger.info(`No 'version' given: computed ${result.version} as semver-calculate does (${result.bump} from ${result.bumpSource}).`);
    return result.version;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/version/template.ts

/**
 * The tag template engine: `{{name}}` placeholders and `{{date 'FORMAT'}}`. Deliberately tiny (no
 * handlebars): a template is parsed once, when inputs are read, so an unknown placeholder fails
 * before anything else happens, with the input named and the accepted placeholders listed.
 */
const PLACEHOLDERS = [
    'version',
    'major',
    'minor',
    'patch',
    'prerelease',
    'build',
    'run_number',
    'run_attempt',
    'sha',
    'sha7',
    'branch',
    'pr',
    'date',
];
/** Placeholders a `type=semver` pattern may use: they all come from the version. */
const VERSION_PLACEHOLDERS = [
    'version',
    'major',
    'minor',
    'patch',
    'prerelease',
    'build',
];
const DATE_TOKENS = ['YYYY', 'YY', 'MM', 'DD', 'HH', 'mm', 'ss'];
function describeAccepted(allowed) {
    const names = allowed.map((p) => (p === 'date' ? `{{date 'YYYYMMDD'}}` : `{{${p}}}`));
    return `a template whose placeholders are among ${names.join(', ')}`;
}
/** Parses a template; `input` names the input in errors; `allowed` narrows the placeholders. */
function parseTemplate(source, input, allowed = PLACEHOLDERS) {
    const parts = [];
    const used = [];
    const fail = (what) => (0,errors/* inputError */.Xu)(input, source, describeAccepted(allowed), `${what}. Date formats use the tokens ${DATE_TOKENS.join(', ')} (UTC), e.g. {{date 'YYYYMMDD-HHmmss'}}.`);
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
        const date = /^date(?:\s+(?:'([^']*)'|"([^"]*)"))?$/.exec(inner);
        let name;
        if (date) {
            name = 'date';
            const format = date[1] ?? date[2] ?? 'YYYYMMDD';
            if (format === '')
                throw fail(`{{date}} was given an empty format`);
            parts.push({ kind: 'date', format });
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
function renderTemplate(template, values, time) {
    const missing = [];
    let value = '';
    for (const part of template.parts) {
        if (part.kind === 'text')
            value += part.text;
        else if (part.kind === 'date')
            value += formatDate(time, part.format);
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
/** Formats a date in UTC with the tokens YYYY YY MM DD HH mm ss; every other character is literal. */
function formatDate(time, format) {
    return format.replace(/YYYY|YY|MM|DD|HH|mm|ss/g, (token) => {
        switch (token) {
            case 'YYYY':
                return pad(time.getUTCFullYear(), 4);
            case 'YY':
                return pad(time.getUTCFullYear() % 100);
            case 'MM':
                return pad(time.getUTCMonth() + 1);
            case 'DD':
                return pad(time.getUTCDate());
            case 'HH':
                return pad(time.getUTCHours());
            case 'mm':
                return pad(time.getUTCMinutes());
            default:
                return pad(time.getUTCSeconds());
        }
    });
}

;// CONCATENATED MODULE: ./packages/core/src/version/tag-rules.ts



const DEFAULT_PRIORITY = {
    immutable: 1000,
    semver: 900,
    pr: 600,
    branch: 600,
    raw: 200,
    sha: 100,
    latest: 50,
};
const KEYS = {
    semver: ['pattern'],
    sha: ['length'],
    pr: [],
    branch: [],
    raw: ['value'],
};
const COMMON_KEYS = ['type', 'prefix', 'suffix', 'enable', 'priority'];
const TYPES = Object.keys(KEYS);
/** Splits `a=b,c="d,e",f={{date 'Y,M'}}` on commas outside quotes and `{{ }}`. */
function splitAttributes(line) {
    const parts = [];
    let current = '';
    let quote;
    let braces = 0;
    for (let i = 0; i < line.length; i++) {
        const c = line[i] ?? '';
        if (quote !== undefined) {
            if (c === quote)
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
    if (used.includes('version') || used.includes('prerelease') || used.includes('build'))
        return 'exact';
    if (used.includes('patch'))
        return 'exact-stable';
    if (used.includes('minor'))
        return 'minor';
    if (used.includes('major'))
        return 'major';
    return undefined;
}
function parseTagRule(line, input = 'tags') {
    const accepted = `rules such as type=semver,pattern={{major}}.{{minor}} | type=sha | type=pr | type=branch | type=raw,value=<template> (each also takes prefix=, suffix=, enable=, priority=)`;
    const attributes = new Map();
    if (!line.includes('=')) {
        attributes.set('type', 'raw');
        attributes.set('value', line.trim());
    }
    else {
        for (const part of splitAttributes(line)) {
            const at = part.indexOf('=');
            if (at <= 0)
                throw (0,errors/* inputError */.Xu)(input, line, accepted, `'${part}' is not key=value.`);
            const key = part.slice(0, at).trim().toLowerCase();
            if (attributes.has(key))
                throw (0,errors/* inputError */.Xu)(input, line, accepted, `'${key}' is given twice.`);
            attributes.set(key, part.slice(at + 1).trim());
        }
    }
    const type = (attributes.get('type') ?? '').toLowerCase();
    if (!TYPES.includes(type)) {
        throw (0,errors/* inputError */.Xu)(input, line, accepted, `Unknown or missing type '${attributes.get('type') ?? ''}'; types: ${TYPES.join(', ')}.`);
    }
    for (const key of attributes.keys()) {
        if (!COMMON_KEYS.includes(key) && !KEYS[type].includes(key)) {
            throw (0,errors/* inputError */.Xu)(input, line, accepted, `type=${type} takes ${[...COMMON_KEYS, ...KEYS[type]].join(', ')}; not '${key}'.`);
        }
    }
    const enableRaw = (attributes.get('enable') ?? 'true').toLowerCase();
    if (enableRaw !== 'true' && enableRaw !== 'false')
        throw (0,errors/* inputError */.Xu)(input, line, accepted, `enable is true or false.`);
    const enable = enableRaw === 'true';
    const priorityRaw = attributes.get('priority');
    if (priorityRaw !== undefined && !/^\d{1,6}$/.test(priorityRaw)) {
        throw (0,errors/* inputError */.Xu)(input, line, accepted, `priority is a whole number from 0 to 999999.`);
    }
    let length;
    const lengthRaw = attributes.get('length');
    if (lengthRaw !== undefined) {
        if (!/^\d+$/.test(lengthRaw) || Number(lengthRaw) < 4 || Number(lengthRaw) > 40) {
            throw (0,errors/* inputError */.Xu)(input, line, accepted, `length is a whole number from 4 to 40.`);
        }
        length = Number(lengthRaw);
    }
    // Fixed text in prefix/suffix; placeholders belong in type=raw values.
    for (const key of ['prefix', 'suffix']) {
        const value = attributes.get(key);
        if (value !== undefined && (value.includes('{{') || value.includes('}}'))) {
            throw (0,errors/* inputError */.Xu)(input, line, accepted, `${key} is fixed text; use type=raw,value=... for placeholders.`);
        }
    }
    let template;
    let scope;
    if (type === 'semver') {
        const pattern = attributes.get('pattern');
        if (pattern === undefined || pattern === '') {
            if (enable)
                throw (0,errors/* inputError */.Xu)(input, line, accepted, 'type=semver needs pattern=, e.g. pattern={{major}}.{{minor}}.');
        }
        else {
            template = parseTemplate(pattern, input, VERSION_PLACEHOLDERS);
            scope = scopeOf(template);
            if (scope === undefined) {
                throw (0,errors/* inputError */.Xu)(input, line, accepted, 'A semver pattern uses at least one version placeholder; for fixed names use type=raw.');
            }
        }
    }
    else if (type === 'raw') {
        const value = attributes.get('value') ?? '';
        if (value === '')
            throw (0,errors/* inputError */.Xu)(input, line, accepted, 'type=raw needs value=.');
        template = parseTemplate(value, input);
    }
    const defaultPrefix = type === 'sha' ? 'sha-' : type === 'pr' ? 'pr-' : '';
    return {
        type,
        template,
        scope,
        prefix: attributes.get('prefix') ?? defaultPrefix,
        suffix: attributes.get('suffix') ?? '',
        enable,
        priority: priorityRaw === undefined ? DEFAULT_PRIORITY[type] : Number(priorityRaw),
        length,
        line: line.trim(),
    };
}
const DEFAULT_SEMVER_PATTERNS = ['{{version}}', '{{major}}.{{minor}}', '{{major}}'];
/** The effective rules: the user's lines plus the default semver rules unless a semver line replaces them. */
function parseTagRules(lines, input = 'tags') {
    const rules = lines.map((line) => parseTagRule(line, input));
    const defaults = rules.some((r) => r.type === 'semver')
        ? []
        : DEFAULT_SEMVER_PATTERNS.map((p) => parseTagRule(`type=semver,pattern=${p}`, input));
    return [...defaults, ...rules];
}
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
/**
 * Applies the template and the rules. Floating tags (`{{major}}.{{minor}}`, `{{major}}`, `latest`)
 * move only forward: each is emitted only when this version is the highest stable one in that
 * tag's own scope, so a backport 1.4.1 after 2.0.0 gets `1.4` and `1` (if no higher 1.x exists)
 * but never `latest`.
 */
function planTags(immutableTemplate, rules, latest, facts) {
    const rendered = renderTemplate(immutableTemplate, facts.values, facts.time);
    if (rendered.missing.length > 0) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `Input 'template': ${rendered.missing.map((m) => `{{${m}}}`).join(', ')} has no value in this run, so the immutable tag cannot be made from ${JSON.stringify(immutableTemplate.source)}.`, {
            hint: '{{pr}} exists only on pull_request events and {{branch}} only where a branch is known; use them in type=raw rules, which are skipped when a value is missing.',
        });
    }
    if (rendered.value.trim() === '') {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `Input 'template': ${JSON.stringify(immutableTemplate.source)} rendered an empty tag.`);
    }
    const immutable = sanitizeTag(rendered.value);
    const tags = new Map();
    const skipped = [];
    const add = (raw, priority, source, moving) => {
        const name = sanitizeTag(raw);
        const existing = tags.get(name);
        if (existing === undefined || existing.priority < priority) {
            tags.set(name, {
                name,
                priority,
                source: existing?.source ?? source,
                moving: (existing?.moving ?? false) || moving,
            });
        }
    };
    add(rendered.value, DEFAULT_PRIORITY.immutable, 'immutable', false);
    for (const rule of rules) {
        if (!rule.enable)
            continue;
        const wrap = (value) => `${rule.prefix}${value}${rule.suffix}`;
        switch (rule.type) {
            case 'semver': {
                if (rule.template === undefined || rule.scope === undefined)
                    break;
                const why = scopeRefusal(rule.scope, facts);
                if (why !== undefined) {
                    skipped.push({ source: rule.line, reason: why });
                    break;
                }
                add(wrap(renderTemplate(rule.template, facts.values, facts.time).value), rule.priority, rule.line, rule.scope === 'minor' || rule.scope === 'major');
                break;
            }
            case 'sha':
                add(wrap(facts.revision.slice(0, rule.length ?? facts.shaLength)), rule.priority, rule.line, false);
                break;
            case 'pr':
                if (facts.pr === undefined)
                    skipped.push({ source: rule.line, reason: 'not a pull request' });
                else
                    add(wrap(String(facts.pr)), rule.priority, rule.line, true);
                break;
            case 'branch':
                if (facts.branch === undefined || facts.branch === '')
                    skipped.push({ source: rule.line, reason: 'no branch in this run' });
                else
                    add(wrap(facts.branch), rule.priority, rule.line, true);
                break;
            case 'raw': {
                if (rule.template === undefined)
                    break;
                const r = renderTemplate(rule.template, facts.values, facts.time);
                if (r.missing.length > 0) {
                    skipped.push({
                        source: rule.line,
                        reason: `no value for ${r.missing.map((m) => `{{${m}}}`).join(', ')}`,
                    });
                }
                else if (wrap(r.value) === '') {
                    skipped.push({ source: rule.line, reason: 'rendered empty' });
                }
                else
                    add(wrap(r.value), rule.priority, rule.line, true);
                break;
            }
        }
    }
    if (latest === 'true')
        add('latest', DEFAULT_PRIORITY.latest, 'latest=true', true);
    else if (latest === 'auto') {
        if (!facts.stable)
            skipped.push({ source: 'latest', reason: 'prerelease' });
        else if (facts.pr !== undefined)
            skipped.push({ source: 'latest', reason: PR_STABLE });
        else if (!facts.highestOverall)
            skipped.push({ source: 'latest', reason: `a higher stable version is tagged${named(facts.above?.overall)}` });
        else
            add('latest', DEFAULT_PRIORITY.latest, 'latest=auto', true);
    }
    const ordered = [...tags.values()]
        .map((tag, index) => ({ tag, index }))
        .sort((a, b) => b.tag.priority - a.tag.priority || a.index - b.index)
        .map(({ tag }) => tag);
    return { immutable, tags: ordered, skipped };
}
const PR_STABLE = 'pull request: a stable version is tagged from its branch, not from an unmerged change';
function scopeRefusal(scope, facts) {
    if (facts.stable && facts.pr !== undefined)
        return PR_STABLE;
    if (scope === 'exact')
        return undefined;
    if (!facts.stable)
        return 'prerelease: only its exact tag';
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

;// CONCATENATED MODULE: ./packages/core/src/version/version-tags.ts



/** `v1.2.3` → 1.2.3 for prefix `v`; a bare `1.2.3` is also accepted when the prefix is `v`. */
function parseVersionTag(name, prefix) {
    return ParsedTag.parse(name, prefix) ?? (prefix === 'v' ? ParsedTag.parse(name, '') : undefined);
}
function collect(names, prefix, logger) {
    const tags = [];
    for (const name of names) {
        const tag = parseVersionTag(name, prefix);
        if (tag === undefined) {
            if (name.startsWith(prefix))
                logger.debug(`Ignoring tag '${name}': not ${prefix}<semver>.`);
            continue;
        }
        tags.push(tag);
    }
    return tags;
}
async function listVersionTags(cwd, prefix, logger) {
    const local = (await git_git(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags'], { cwd }))
        .split('\n')
        .filter((l) => l !== '');
    const tags = collect(local, prefix, logger);
    const shallow = (await git_git(['rev-parse', '--is-shallow-repository'], { cwd })).trim() === 'true';
    if (!shallow && tags.length > 0)
        return { tags, complete: true, note: `${tags.length} version tags in local git` };
    const remotes = (await git_git(['remote'], { cwd })).split('\n').filter((r) => r !== '');
    if (remotes.length === 0) {
        return shallow
            ? { tags, complete: false, note: 'the clone is shallow and has no remote to list tags from' }
            : { tags, complete: true, note: `${tags.length} version tags in local git (no remote)` };
    }
    const remote = remotes.includes('origin') ? 'origin' : (remotes[0] ?? 'origin');
    // Never wait for a password or a host-key prompt: fail and say so instead.
    const listed = await git_gitRaw(['ls-remote', '--tags', '--refs', remote], {
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
    const names = new Set(local);
    for (const line of listed.stdout.split('\n')) {
        const ref = line.split('\t')[1];
        if (ref?.startsWith('refs/tags/'))
            names.add(ref.slice('refs/tags/'.length));
    }
    const all = collect(names, prefix, logger);
    logger.debug(`Version tags: ${all.length} (local git plus 'git ls-remote ${remote}', since ${shallow ? 'the clone is shallow' : 'no version tag was local'}).`);
    return { tags: all, complete: true, note: `${all.length} version tags (local git and ${remote})` };
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

;// CONCATENATED MODULE: ./packages/core/src/version/build-tag.ts
















const DEFAULT_TEMPLATE = '{{version}}-{{run_number}}-{{sha7}}';
/** Characters git refuses in ref names, plus whitespace (control characters are checked separately). */
const BAD_PREFIX = /[\s~^:?*[\\\x7f]|\.\.|@\{|^[/.-]|\/\/|\.lock$/;
const hasControl = (text) => [...text].some((c) => c.charCodeAt(0) < 0x20);
function build_tag_parseTagPrefix(raw, input = 'tag-prefix') {
    if (BAD_PREFIX.test(raw) || hasControl(raw)) {
        throw (0,errors/* inputError */.Xu)(input, raw, 'text usable at the start of a git tag name: no spaces, none of ~ ^ : ? * [ \\, no "..", not starting with / . or -');
    }
    return raw;
}
/** The canonical text of a version, build metadata included (`semver`'s `.version` drops it). */
function versionString(version) {
    return version.build.length > 0 ? `${version.version}+${version.build.join('.')}` : version.version;
}
/** Accepts `1.2.3`, `v1.2.3` and `<tag-prefix>1.2.3` (a tag name from a tag-push pipeline). */
function parseVersionInput(raw, tagPrefix, input = 'version') {
    const candidates = [raw];
    if (tagPrefix !== '' && raw.startsWith(tagPrefix))
        candidates.push(raw.slice(tagPrefix.length));
    if (/^v\d/.test(raw))
        candidates.push(raw.slice(1));
    for (const candidate of candidates) {
        const parsed = /^\d/.test(candidate) ? semver_default().parse(candidate) : null;
        if (parsed !== null)
            return versionString(parsed);
    }
    throw (0,errors/* inputError */.Xu)(input, raw, 'a semantic version (https://semver.org) such as 1.4.0, 2.0.0-rc.1 or 1.4.0+build.5, optionally with the tag prefix', "Pass semver-calculate's output: version: ${{ steps.semver.outputs.version }}.");
}
function parseBuildTagInputs(raw) {
    const tagPrefix = build_tag_parseTagPrefix(inputs_text(raw, 'tag-prefix'));
    const version = inputs_optionalText(raw, 'version');
    const template = parseTemplate(inputs_text(raw, 'template') || DEFAULT_TEMPLATE, 'template');
    return {
        version: version === undefined ? undefined : parseVersionInput(version, tagPrefix),
        images: parseImageNames(list(raw, 'images')),
        template,
        tagRules: parseTagRules(inputs_splitList(raw('tags'), false), 'tags'),
        labels: parseLabelLines(inputs_splitList(raw('labels'), false), 'labels'),
        annotations: parseAnnotationLines(inputs_splitList(raw('annotations'), false), 'annotations'),
        annotationLevels: parseAnnotationLevels(list(raw, 'annotation-levels'), 'annotation-levels'),
        shaLength: integer(raw, 'sha-length', { min: 4, max: 40, fallback: 7 }),
        pushGitTag: inputs_boolean(raw, 'push-git-tag', false),
        annotatedTag: inputs_boolean(raw, 'annotated-tag', false),
        tagPrefix,
        moveMajorTag: inputs_boolean(raw, 'move-major-tag', false),
        latest: inputs_oneOf(raw, 'latest', ['auto', 'true', 'false'], 'auto'),
        exportEnv: inputs_boolean(raw, 'export-env', true),
        githubToken: inputs_text(raw, 'github-token'),
    };
}
async function isGitRepository(cwd) {
    const result = await git_gitRaw(['rev-parse', '--git-dir'], { cwd });
    return result.exitCode === 0;
}
async function gatherFacts(environment, inGit) {
    const { cwd, env, github: gh } = environment;
    const assumptions = [];
    const needGit = (what) => {
        if (!inGit) {
            throw new errors/* ArtefactsError */.E('GIT_NOT_A_REPOSITORY', `${cwd} is not a git repository, and ${what} is not known otherwise.`, {
                hint: 'Check out the repository first (actions/checkout), or run from inside a clone.',
            });
        }
    };
    let revision = gh?.pullRequest?.headSha || gh?.sha || '';
    if (revision === '') {
        needGit('the commit');
        revision = (await git_git(['rev-parse', 'HEAD'], { cwd })).trim();
        assumptions.push(`revision ${revision} from git HEAD`);
    }
    let branch;
    if (gh !== undefined) {
        if (gh.pullRequest !== undefined)
            branch = gh.pullRequest.headRef || gh.headRef || undefined;
        else if (gh.ref.startsWith('refs/heads/'))
            branch = gh.ref.slice('refs/heads/'.length);
    }
    else {
        const named = env.CI_COMMIT_REF_NAME || env.BRANCH_NAME || undefined;
        if (named !== undefined) {
            branch = named;
            assumptions.push(`branch '${branch}' from ${env.CI_COMMIT_REF_NAME ? 'CI_COMMIT_REF_NAME' : 'BRANCH_NAME'}`);
        }
        else if (inGit) {
            const symbolic = await git_gitRaw(['symbolic-ref', '--short', '-q', 'HEAD'], { cwd });
            if (symbolic.exitCode === 0 && symbolic.stdout.trim() !== '') {
                branch = symbolic.stdout.trim();
                assumptions.push(`branch '${branch}' from git`);
            }
            else
                assumptions.push('no branch (detached HEAD)');
        }
    }
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
            runNumber = (await git_git(['rev-list', '--count', 'HEAD'], { cwd })).trim();
            const shallow = (await git_git(['rev-parse', '--is-shallow-repository'], { cwd })).trim() === 'true';
            assumptions.push(`run_number ${runNumber} = commits in HEAD${shallow ? ' (shallow clone: this count is too low)' : ''}; set ARTEFACTS_RUN_NUMBER to choose`);
        }
    }
    const runAttempt = gh !== undefined && gh.runAttempt > 0 ? String(gh.runAttempt) : env.ARTEFACTS_RUN_ATTEMPT || '1';
    const { created, createdSource } = await reproducibleTime(environment, revision, inGit);
    return { revision, branch, pr: gh?.pullRequest?.number, runNumber, runAttempt, created, createdSource, assumptions };
}
/** SOURCE_DATE_EPOCH, else the commit time of the built revision: never the wall clock. */
async function reproducibleTime(environment, revision, inGit) {
    const { env, cwd, logger } = environment;
    const epoch = sourceDateEpoch(env);
    if (epoch !== undefined)
        return { created: new Date(epoch * 1000), createdSource: 'SOURCE_DATE_EPOCH' };
    if (inGit) {
        const shown = await git_gitRaw(['show', '-s', '--format=%ct', `${revision}^{commit}`], { cwd });
        if (shown.exitCode === 0 && /^\d+$/.test(shown.stdout.trim())) {
            return {
                created: new Date(Number(shown.stdout.trim()) * 1000),
                createdSource: `commit time of ${revision.slice(0, 12)}`,
            };
        }
    }
    const headCommit = environment.github?.payload.head_commit ?? undefined;
    if (headCommit?.id === revision && headCommit.timestamp && !Number.isNaN(Date.parse(headCommit.timestamp))) {
        return {
            created: new Date(Date.parse(headCommit.timestamp)),
            createdSource: 'head_commit.timestamp of the push event',
        };
    }
    if (inGit) {
        const head = await git_gitRaw(['show', '-s', '--format=%ct%n%H', 'HEAD'], { cwd });
        const [seconds = '', sha = ''] = head.stdout.trim().split('\n');
        if (head.exitCode === 0 && /^\d+$/.test(seconds)) {
            // Typical on pull_request with a depth-1 checkout: the PR head is a parent of the merge commit, not fetched.
            logger.info(`The built commit ${revision.slice(0, 12)} is not in the clone, so 'created' uses the commit time of HEAD (${sha.slice(0, 12)}). Set SOURCE_DATE_EPOCH to choose.`);
            return { created: new Date(Number(seconds) * 1000), createdSource: `commit time of HEAD ${sha.slice(0, 12)}` };
        }
    }
    throw new errors/* ArtefactsError */.E('GIT_NOT_A_REPOSITORY', `Cannot find a reproducible creation time: the commit ${revision} is not available.`, {
        hint: 'Check out the repository (actions/checkout) or set SOURCE_DATE_EPOCH.',
    });
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
    const remote = await git_gitRaw(['remote', 'get-url', 'origin'], { cwd });
    return remote.exitCode === 0 ? parseRemoteUrl(remote.stdout) : undefined;
}
function fromRepoObject(repo, source) {
    const s = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
    return {
        name: s(repo.name) ?? s(repo.full_name)?.split('/').pop(),
        description: s(repo.description),
        license: s(repo.license?.spdx_id),
        htmlUrl: s(repo.html_url),
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
        return new api_GitHubApi({ apiUrl: gh.apiUrl, token, owner: gh.owner, repo: gh.repo, logger: environment.logger });
    }
    if (remote === undefined)
        return undefined;
    const apiUrl = environment.env.GITHUB_API_URL ||
        (remote.host === 'github.com' ? 'https://api.github.com' : `https://${remote.host}/api/v3`);
    return new api_GitHubApi({ apiUrl, token, owner: remote.owner, repo: remote.repo, logger: environment.logger });
}
function templateValues(version, facts, shaLength) {
    return {
        version: versionString(version),
        major: String(version.major),
        minor: String(version.minor),
        patch: String(version.patch),
        prerelease: version.prerelease.join('.'),
        build: version.build.join('.'),
        run_number: facts.runNumber,
        run_attempt: facts.runAttempt,
        sha: facts.revision.slice(0, shaLength),
        sha7: facts.revision.slice(0, 7),
        branch: facts.branch,
        pr: facts.pr === undefined ? undefined : String(facts.pr),
    };
}
function writeBakeFiles(directory, parts) {
    const write = (suffix, definition) => {
        const path = (0,external_node_path_namespaceObject.join)(directory, `docker-metadata-action-bake${suffix}.json`);
        (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify({ target: { 'docker-metadata-action': definition } }, null, 2)}\n`);
        return path;
    };
    return {
        'bake-file': write('', { tags: parts.tags, labels: parts.labels, args: parts.args }),
        'bake-file-tags': write('-tags', { tags: parts.tags, args: parts.args }),
        'bake-file-labels': write('-labels', { labels: parts.labels }),
        'bake-file-annotations': write('-annotations', { annotations: parts.annotations }),
    };
}
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
function needsTagHistory(inputs, version) {
    if (version.prerelease.length > 0)
        return false;
    if (inputs.latest === 'auto' || inputs.moveMajorTag)
        return true;
    return inputs.tagRules.some((r) => r.enable && r.type === 'semver' && (r.scope === 'minor' || r.scope === 'major'));
}
async function pushGitTags(inputs, environment, api, version, revision, highest) {
    const tag = `${inputs.tagPrefix}${versionString(version)}`;
    const logger = environment.logger;
    if (environment.github?.pullRequest !== undefined) {
        logger.notice(`push-git-tag: not tagging ${tag} on a pull request; the tag is created when the change is built on its branch.`);
        return { tag, status: 'skipped', reason: 'pull request' };
    }
    if (api === undefined) {
        throw new errors/* ArtefactsError */.E('GITHUB_CONTEXT', 'push-git-tag needs the GitHub repository, which is not known here.', {
            hint: 'Run under GitHub Actions, or from a clone whose origin remote is the GitHub repository (with GITHUB_TOKEN set).',
        });
    }
    if (inputs.githubToken === '') {
        throw new errors/* ArtefactsError */.E('INPUT_MISSING', "Input 'github-token' is empty, but push-git-tag needs a token with contents: write.", {
            hint: 'Keep the default github-token: ${{ github.token }} and add permissions: { contents: write } to the job.',
        });
    }
    const status = await createTag(api, {
        tag,
        sha: revision,
        ...(inputs.annotatedTag ? { annotated: { message: `Release ${versionString(version)}` } } : {}),
        logger,
    });
    if (!inputs.moveMajorTag)
        return { tag, status };
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
        return { tag, status, major: { tag: majorTag, status: 'skipped', reason: refusal } };
    }
    const moved = await moveTag(api, { tag: majorTag, sha: revision, logger });
    return { tag, status, major: { tag: majorTag, status: moved } };
}
function summaryMarkdown(version, plan, images, labels, facts, gitTag) {
    const lines = [
        `### build-tag: \`${plan.immutable}\``,
        '',
        `Version **${versionString(version)}**, revision \`${facts.revision.slice(0, 12)}\`, created ${facts.created.toISOString()} (${facts.createdSource}).`,
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
        lines.push('', `Git tag \`${gitTag.tag}\`: ${gitTag.status}${gitTag.reason ? ` (${gitTag.reason})` : ''}`);
        if (gitTag.major) {
            lines.push(`Major tag \`${gitTag.major.tag}\`: ${gitTag.major.status}${gitTag.major.reason ? ` (${gitTag.major.reason})` : ''}`);
        }
    }
    lines.push('', '<details><summary>Labels</summary>', '', '```', ...Object.entries(labels).map(([k, v]) => `${k}=${v}`), '```', '</details>', '');
    return lines.join('\n');
}
/** build-tag's core entry point: the action and `artefacts build-tag` both call this. */
async function buildTag(inputs, environment) {
    const { logger, cwd } = environment;
    const versionText = inputs.version ??
        parseVersionInput(await resolveVersion({ tagPrefix: inputs.tagPrefix, token: inputs.githubToken }, environment), inputs.tagPrefix);
    const version = semver_default().parse(versionText);
    if (version === null)
        throw new errors/* ArtefactsError */.E('INTERNAL', `Version ${versionText} did not parse.`);
    const inGit = await isGitRepository(cwd);
    if (!inGit && needsTagHistory(inputs, version)) {
        throw new errors/* ArtefactsError */.E('GIT_NOT_A_REPOSITORY', `${cwd} is not a git repository, so the existing version tags that decide latest, major and major.minor tags cannot be read.`, {
            hint: 'Check out the repository first (actions/checkout with fetch-depth: 0), or turn floating tags off: latest: false and tags: type=semver,pattern={{version}}.',
        });
    }
    // Independent git questions, asked at once: each is a process start.
    const [facts, tagList, remote] = await Promise.all([
        gatherFacts(environment, inGit),
        needsTagHistory(inputs, version) ? listVersionTags(cwd, inputs.tagPrefix, logger) : undefined,
        remoteFacts(cwd, inGit),
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
    const values = templateValues(version, facts, inputs.shaLength);
    const plan = planTags(inputs.template, inputs.tagRules, inputs.latest, {
        values,
        time: facts.created,
        stable: version.prerelease.length === 0,
        major: version.major,
        highestInMinor: highest?.inMinor ?? true,
        highestInMajor: highest?.inMajor ?? true,
        highestOverall: highest?.overall ?? true,
        ...(highest === undefined ? {} : { above: highest.above }),
        revision: facts.revision,
        shaLength: inputs.shaLength,
        pr: facts.pr,
        branch: facts.branch,
    });
    const tagNames = plan.tags.map((t) => t.name);
    const tags = inputs.images.length === 0 ? tagNames : inputs.images.flatMap((image) => tagNames.map((t) => `${image}:${t}`));
    const api = makeApi(environment, inputs.githubToken, remote);
    const repository = await repositoryFacts(environment, api, remote);
    const standard = standardLabels({
        created: facts.created,
        revision: facts.revision,
        version: plan.immutable,
        repository,
    });
    const labels = mergeLabels(standard, inputs.labels);
    const annotations = annotationLines(standard, inputs.annotations, inputs.annotationLevels);
    const gitTag = inputs.pushGitTag
        ? await pushGitTags(inputs, environment, api, version, facts.revision, highest)
        : undefined;
    const directory = (0,external_node_fs_.mkdtempSync)((0,external_node_path_namespaceObject.join)(environment.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'build-tag-'));
    const bake = writeBakeFiles(directory, {
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
        skipped: plan.skipped,
        'git-tag': gitTag ?? null,
        'repository-source': repository.source,
    };
    const outputs = {
        version: plan.immutable,
        tags: tags.join('\n'),
        'tag-names': tagNames.join('\n'),
        labels: Object.entries(labels)
            .map(([k, v]) => `${k}=${v}`)
            .join('\n'),
        annotations: annotations.join('\n'),
        json: JSON.stringify(json),
        ...bake,
        'immutable-tag': plan.immutable,
        'git-tag': gitTag?.status === 'skipped' || gitTag === undefined ? '' : gitTag.tag,
        'git-tag-status': gitTag?.status ?? 'skipped',
    };
    const env = {};
    if (inputs.exportEnv)
        for (const name of MIRRORED_OUTPUTS)
            env[envMirrorName(name)] = outputs[name] ?? '';
    logTags(logger, plan, tags);
    return {
        outputs,
        summary: summary_jobSummary('build-tag', plan.immutable, environment.github, summaryMarkdown(version, plan, inputs.images, labels, facts, gitTag)),
        ...(inputs.exportEnv ? { env } : {}),
    };
}
function logTags(logger, plan, tags) {
    logger.info(`Immutable tag: ${plan.immutable}`);
    for (const tag of tags)
        logger.info(`  ${tag}`);
    for (const skipped of plan.skipped)
        logger.info(`  (not applied: ${skipped.source}: ${skipped.reason})`);
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

/***/ 8335:
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
// The same HttpClient, constructed on first use: the real module (and undici) is imported lazily.
let real;
const load = () => (real ??= __nccwpck_require__.e(/* import() */ 257).then(__nccwpck_require__.bind(__nccwpck_require__, 3257)));

const METHODS = [
  'options',
  'get',
  'del',
  'post',
  'patch',
  'put',
  'head',
  'sendStream',
  'request',
  'getJson',
  'postJson',
  'putJson',
  'patchJson',
  'getAgentDispatcher',
];

class lib_HttpClient {
  constructor(...args) {
    this.lazyArgs = args;
    this.lazyClient = undefined;
  }
  async lazyReal() {
    if (this.lazyClient === undefined) {
      const m = await load();
      this.lazyClient = new m.HttpClient(...this.lazyArgs);
    }
    return this.lazyClient;
  }
  dispose() {
    this.lazyClient?.dispose();
  }
}
for (const name of METHODS) {
  lib_HttpClient.prototype[name] = async function (...args) {
    const client = await this.lazyReal();
    return client[name](...args);
  };
}

// Plain values, copied from @actions/http-client 4.0.1 so that importing them loads nothing.
const HttpCodes = Object.freeze({
  OK: 200,
  MultipleChoices: 300,
  MovedPermanently: 301,
  ResourceMoved: 302,
  SeeOther: 303,
  NotModified: 304,
  UseProxy: 305,
  SwitchProxy: 306,
  TemporaryRedirect: 307,
  PermanentRedirect: 308,
  BadRequest: 400,
  Unauthorized: 401,
  PaymentRequired: 402,
  Forbidden: 403,
  NotFound: 404,
  MethodNotAllowed: 405,
  NotAcceptable: 406,
  ProxyAuthenticationRequired: 407,
  RequestTimeout: 408,
  Conflict: 409,
  Gone: 410,
  TooManyRequests: 429,
  InternalServerError: 500,
  NotImplemented: 501,
  BadGateway: 502,
  ServiceUnavailable: 503,
  GatewayTimeout: 504,
});
const Headers = Object.freeze({ Accept: 'accept', ContentType: 'content-type' });
const MediaTypes = Object.freeze({ ApplicationJson: 'application/json' });

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
// The credential handlers import nothing heavy: re-exported as they are.


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
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
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

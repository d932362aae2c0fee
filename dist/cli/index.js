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

/***/ 1218:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ commands)
/* harmony export */ });
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2483);

/** Commands named after an action share its action.yml inputs; the rest are CLI-only. */
const commands = {
    'build-tag': { parse: _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .parseBuildTagInputs */ .DP, run: _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .buildTag */ .NQ, secrets: ['github-token'] },
};


/***/ }),

/***/ 2641:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ actionSpecs)
/* harmony export */ });
const actionSpecs = {
    "build-tag": {
        "description": "Turns a version and the git context into the immutable artefact tag (default `{{version}}-{{run_number}}-{{sha7}}`, e.g. 1.4.0-87-3f9c2ab), the image tags (floating tags such as `1`, `1.4` and `latest` only ever move forward), reproducible OCI labels and annotations, and optionally the git version tag. Its outputs stand in for docker/metadata-action's. Permissions: `contents: read`; `contents: write` when push-git-tag is true\n",
        "inputs": {
            "version": {
                "description": "The semantic version to tag, usually semver-calculate's `version` output (`1.4.0`, `2.0.0-rc.1`; a leading `v` or the tag prefix is accepted). Required for now: when empty, build-tag will compute it as semver-calculate does.\n",
                "default": "",
                "required": false
            },
            "images": {
                "description": "List of image names without tag (one per line or comma-separated), e.g. `ghcr.io/acme/app`. Each gets every tag. Empty: the `tags` output holds bare tag names.\n",
                "default": "",
                "required": false
            },
            "template": {
                "description": "The immutable tag. Placeholders: {{version}} {{major}} {{minor}} {{patch}} {{prerelease}} {{build}} {{run_number}} {{run_attempt}} {{sha}} (sha-length characters) {{sha7}} {{branch}} {{pr}} and {{date 'YYYYMMDD'}} (tokens YYYY YY MM DD HH mm ss, UTC, from the reproducible creation time).\n",
                "default": "{{version}}-{{run_number}}-{{sha7}}",
                "required": false
            },
            "tags": {
                "description": "List of extra tag rules, one per line: `type=semver,pattern={{major}}.{{minor}}`, `type=sha` (sha-<hex>), `type=pr` (pr-<n>, pull requests only), `type=branch`, `type=raw,value=<template>`, or a bare name. Each takes prefix=, suffix=, enable=, priority=. Default semver rules {{version}}, {{major}}.{{minor}}, {{major}} apply unless a type=semver line is given. Floating tags move only forward.\n",
                "default": "",
                "required": false
            },
            "labels": {
                "description": "List of extra labels, one `key=value` per line; they override the generated org.opencontainers.image.* labels, and `key=` (empty) removes one.\n",
                "default": "",
                "required": false
            },
            "annotations": {
                "description": "List of extra annotations, one `key=value` (every level) or `<level>:key=value` per line; they override the generated ones.\n",
                "default": "",
                "required": false
            },
            "annotation-levels": {
                "description": "List of annotation levels to emit (comma-separated): manifest, index, manifest-descriptor, index-descriptor.\n",
                "default": "manifest",
                "required": false
            },
            "sha-length": {
                "description": "Number of hex characters in {{sha}} and type=sha tags (4 to 40).",
                "default": "7",
                "required": false
            },
            "push-git-tag": {
                "description": "Create the git tag `<tag-prefix><version>` on the built commit through the GitHub API. Already there on the same commit: nothing to do. On another commit: the step fails and the tag is never moved. Skipped on pull requests.\n",
                "default": "false",
                "required": false
            },
            "annotated-tag": {
                "description": "Create the git tag as an annotated tag object (with push-git-tag).",
                "default": "false",
                "required": false
            },
            "tag-prefix": {
                "description": "Prefix of version tags in git (`v` for v1.4.0); used to read existing versions and to name the git tag.",
                "default": "v",
                "required": false
            },
            "move-major-tag": {
                "description": "With push-git-tag, also point `<tag-prefix><major>` (e.g. v1) at the commit, with one atomic ref update. This is the one deliberate mutable pointer; it only moves forward and never for 0.x or prereleases.\n",
                "default": "false",
                "required": false
            },
            "latest": {
                "description": "`auto` tags `latest` only when this is the highest stable version in the repository; `true` always; `false` never.\n",
                "default": "auto",
                "required": false
            },
            "export-env": {
                "description": "Also export every docker/metadata-action output as DOCKER_METADATA_OUTPUT_<NAME> for later steps.",
                "default": "true",
                "required": false
            },
            "github-token": {
                "description": "Token for the GitHub API (repository metadata when the event lacks it, git tags).",
                "default": "${{ github.token }}",
                "required": false
            }
        },
        "outputs": {
            "version": {
                "description": "The highest-priority tag, which is the immutable tag (as docker/metadata-action's `version`)."
            },
            "tags": {
                "description": "Every `image:tag`, one per line (bare tag names when no images are given)."
            },
            "tag-names": {
                "description": "The tag names without image, one per line."
            },
            "labels": {
                "description": "The OCI labels, one `key=value` per line."
            },
            "annotations": {
                "description": "The OCI annotations, one `level:key=value` per line."
            },
            "json": {
                "description": "JSON with `tags`, `tag-names`, `labels`, `annotations` (docker/metadata-action's shape) plus `version`, `immutable-tag`, `semver`, `images`, `revision`, `created`, `skipped` and `git-tag`.\n"
            },
            "bake-file": {
                "description": "Path of a bake definition (target docker-metadata-action) with tags, labels and args."
            },
            "bake-file-tags": {
                "description": "Path of a bake definition with the tags (and args DOCKER_META_IMAGES, DOCKER_META_VERSION)."
            },
            "bake-file-labels": {
                "description": "Path of a bake definition with the labels."
            },
            "bake-file-annotations": {
                "description": "Path of a bake definition with the annotations."
            },
            "immutable-tag": {
                "description": "The immutable artefact tag, e.g. 1.4.0-87-3f9c2ab."
            },
            "git-tag": {
                "description": "The git tag created or found on the commit (empty when push-git-tag is off or skipped)."
            },
            "git-tag-status": {
                "description": "created, exists (already on this commit) or skipped."
            }
        }
    }
};


/***/ }),

/***/ 698:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2483);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1218);
/* harmony import */ var _generated_action_specs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2641);
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

/***/ 2483:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  NQ: () => (/* reexport */ buildTag),
  Uc: () => (/* reexport */ describeError),
  cs: () => (/* reexport */ isArtefactsError),
  DP: () => (/* reexport */ parseBuildTagInputs),
  L7: () => (/* reexport */ readGitHubContext)
});

// UNUSED EXPORTS: ArtefactsError, DEFAULT_TEMPLATE, GitHubApi, GitHubApiError, createTag, git, gitRaw, gitStream, inputError, inputs, memoryLogger, moveTag, readTag, resolveVersion, runUrl, sanitizeTag, silentLogger

;// CONCATENATED MODULE: ./packages/core/src/errors.ts
class errors_ArtefactsError extends Error {
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
    return new errors_ArtefactsError('INPUT_INVALID', `Input '${input}': got ${JSON.stringify(shown)}; expected ${accepted}.`, {
        ...(hint === undefined ? {} : { hint }),
    });
}
function isArtefactsError(error) {
    return error instanceof errors_ArtefactsError;
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
        throw errors_inputError(name, raw, 'a whole number');
    }
    const min = options.min ?? Number.MIN_SAFE_INTEGER;
    const max = options.max ?? Number.MAX_SAFE_INTEGER;
    if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        throw errors_inputError(name, raw, `a whole number from ${min} to ${max}`);
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
        throw inputError(name, raw, `a valid JavaScript regular expression (${error.message})`);
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
            throw new errors_ArtefactsError('GITHUB_CONTEXT', `Cannot read the event payload at GITHUB_EVENT_PATH=${path}.`, {
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
function gitRaw(args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, { cwd: options.cwd, env: gitEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => reject(new errors_ArtefactsError('GIT_FAILED', `Cannot run git: ${error.message}`, { hint: 'Is git installed and on PATH?' })));
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
            throw new errors_ArtefactsError('GIT_NOT_A_REPOSITORY', `${options.cwd} is not a git repository.`, {
                hint: 'Check out the repository first (actions/checkout), or run from inside a clone.',
            });
        }
        throw new errors_ArtefactsError('GIT_FAILED', `git ${args[0] ?? ''} failed (exit ${result.exitCode}): ${detail}`);
    }
    return result.stdout;
}
/**
 * Streams git's stdout as records split by `separator` (default: newline). The consumer sees one
 * record at a time; nothing accumulates beyond the current record.
 */
async function gitStream(args, options, onRecord, separator = '\n') {
    const child = spawn('git', args, { cwd: options.cwd, env: gitEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    const err = [];
    child.stderr.on('data', (chunk) => err.push(chunk));
    const closed = new Promise((resolve, reject) => {
        child.on('error', (error) => reject(new ArtefactsError('GIT_FAILED', `Cannot run git: ${error.message}`)));
        child.on('close', (code) => resolve(code ?? 1));
    });
    let stopped = false;
    if (separator === '\n') {
        const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
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

class GitHubApiError extends errors_ArtefactsError {
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
                throw new errors_ArtefactsError('GITHUB_API', `GitHub API unreachable while trying to ${what} (${attempt} tries).`, {
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

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __nccwpck_require__(9730);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
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
            throw new errors_ArtefactsError('GITHUB_API', `The tag ${tag} is a chain of more than 5 tag objects.`);
        const object = await api.request('GET', api.repoPath(`/git/tags/${sha}`), {
            what: `read the tag object ${sha} of ${tag}`,
        });
        ({ sha, type } = object.data.object);
    }
    return { objectSha, commitSha: sha, annotated: objectSha !== sha };
}
function conflict(tag, existing, wanted) {
    return new errors_ArtefactsError('TAG_CONFLICT', `The tag ${tag} already exists on commit ${existing}, not on ${wanted}; it is never moved.`, {
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
        throw new errors_ArtefactsError('TAG_RACE', `GitHub refused to create the tag ${tag} (422 ${created.data?.message ?? ''}) and it cannot be read back.`, { hint: 'Check that the tag name is a valid git ref name, then re-run.' });
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
        throw new errors_ArtefactsError('TAG_RACE', `The tag ${tag} could neither be created nor updated (422).`, {
            hint: 'Another run may be changing it; re-run this job.',
        });
    }
    logger.info(`Moved tag ${tag} to ${sha}.`);
    return 'moved';
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
    const bad = (why, hint) => errors_inputError(input, name, accepted, hint === undefined ? why : `${why} ${hint}`);
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
            throw errors_inputError(input, line, 'lines of the form key=value (keys without spaces)');
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
            throw errors_inputError(input, line, `lines of the form key=value or <level>:key=value with a level among ${ANNOTATION_LEVELS.join(', ')}`);
        }
        return { level, key, value: line.slice(at + 1).trim() };
    });
}
function parseAnnotationLevels(items, input) {
    if (items.length === 0)
        return ['manifest'];
    for (const item of items) {
        if (!LEVEL.test(item)) {
            throw errors_inputError(input, item, `levels among ${ANNOTATION_LEVELS.join(', ')} (optionally with [os/arch])`);
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

;// CONCATENATED MODULE: ./packages/core/src/version/resolve-version.ts

async function resolveVersion(_options, _environment) {
    throw new errors_ArtefactsError('INPUT_MISSING', "Input 'version' is empty: version is required until build-tag computes it itself with semver-calculate's logic.", {
        hint: 'Run semver-calculate first and pass its output: version: ${{ steps.semver.outputs.version }}.',
    });
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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
    const fail = (what) => errors_inputError(input, source, describeAccepted(allowed), `${what}. Date formats use the tokens ${DATE_TOKENS.join(', ')} (UTC), e.g. {{date 'YYYYMMDD-HHmmss'}}.`);
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
                throw errors_inputError(input, line, accepted, `'${part}' is not key=value.`);
            const key = part.slice(0, at).trim().toLowerCase();
            if (attributes.has(key))
                throw errors_inputError(input, line, accepted, `'${key}' is given twice.`);
            attributes.set(key, part.slice(at + 1).trim());
        }
    }
    const type = (attributes.get('type') ?? '').toLowerCase();
    if (!TYPES.includes(type)) {
        throw errors_inputError(input, line, accepted, `Unknown or missing type '${attributes.get('type') ?? ''}'; types: ${TYPES.join(', ')}.`);
    }
    for (const key of attributes.keys()) {
        if (!COMMON_KEYS.includes(key) && !KEYS[type].includes(key)) {
            throw errors_inputError(input, line, accepted, `type=${type} takes ${[...COMMON_KEYS, ...KEYS[type]].join(', ')}; not '${key}'.`);
        }
    }
    const enableRaw = (attributes.get('enable') ?? 'true').toLowerCase();
    if (enableRaw !== 'true' && enableRaw !== 'false')
        throw errors_inputError(input, line, accepted, `enable is true or false.`);
    const enable = enableRaw === 'true';
    const priorityRaw = attributes.get('priority');
    if (priorityRaw !== undefined && !/^\d{1,6}$/.test(priorityRaw)) {
        throw errors_inputError(input, line, accepted, `priority is a whole number from 0 to 999999.`);
    }
    let length;
    const lengthRaw = attributes.get('length');
    if (lengthRaw !== undefined) {
        if (!/^\d+$/.test(lengthRaw) || Number(lengthRaw) < 4 || Number(lengthRaw) > 40) {
            throw errors_inputError(input, line, accepted, `length is a whole number from 4 to 40.`);
        }
        length = Number(lengthRaw);
    }
    // Fixed text in prefix/suffix; placeholders belong in type=raw values.
    for (const key of ['prefix', 'suffix']) {
        const value = attributes.get(key);
        if (value !== undefined && (value.includes('{{') || value.includes('}}'))) {
            throw errors_inputError(input, line, accepted, `${key} is fixed text; use type=raw,value=... for placeholders.`);
        }
    }
    let template;
    let scope;
    if (type === 'semver') {
        const pattern = attributes.get('pattern');
        if (pattern === undefined || pattern === '') {
            if (enable)
                throw errors_inputError(input, line, accepted, 'type=semver needs pattern=, e.g. pattern={{major}}.{{minor}}.');
        }
        else {
            template = parseTemplate(pattern, input, VERSION_PLACEHOLDERS);
            scope = scopeOf(template);
            if (scope === undefined) {
                throw errors_inputError(input, line, accepted, 'A semver pattern uses at least one version placeholder; for fixed names use type=raw.');
            }
        }
    }
    else if (type === 'raw') {
        const value = attributes.get('value') ?? '';
        if (value === '')
            throw errors_inputError(input, line, accepted, 'type=raw needs value=.');
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
        throw new errors_ArtefactsError('INPUT_INVALID', `A tag rendered empty (from ${JSON.stringify(raw)}).`);
    if (!/^[a-zA-Z0-9_]/.test(tag))
        tag = `_${tag}`;
    if (tag.length > MAX_TAG_LENGTH) {
        const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(raw).digest('hex').slice(0, HASH_LENGTH);
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
        throw new errors_ArtefactsError('INPUT_INVALID', `Input 'template': ${rendered.missing.map((m) => `{{${m}}}`).join(', ')} has no value in this run, so the immutable tag cannot be made from ${JSON.stringify(immutableTemplate.source)}.`, {
            hint: '{{pr}} exists only on pull_request events and {{branch}} only where a branch is known; use them in type=raw rules, which are skipped when a value is missing.',
        });
    }
    if (rendered.value.trim() === '') {
        throw new errors_ArtefactsError('INPUT_INVALID', `Input 'template': ${JSON.stringify(immutableTemplate.source)} rendered an empty tag.`);
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
    const candidates = [];
    if (name.startsWith(prefix))
        candidates.push(name.slice(prefix.length));
    if (prefix === 'v' && /^\d/.test(name))
        candidates.push(name);
    for (const candidate of candidates) {
        // semver.parse tolerates a leading 'v'; the prefix decides that here, so a version starts with a digit.
        const parsed = /^\d/.test(candidate) ? semver_default().parse(candidate) : null;
        if (parsed !== null)
            return parsed;
    }
    return undefined;
}
function collect(names, prefix, logger) {
    const tags = [];
    for (const name of names) {
        const version = parseVersionTag(name, prefix);
        if (version === undefined) {
            if (name.startsWith(prefix))
                logger.debug(`Ignoring tag '${name}': not ${prefix}<semver>.`);
            continue;
        }
        tags.push({ name, version });
    }
    return tags;
}
async function listVersionTags(cwd, prefix, logger) {
    const local = (await git(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags'], { cwd }))
        .split('\n')
        .filter((l) => l !== '');
    const tags = collect(local, prefix, logger);
    const shallow = (await git(['rev-parse', '--is-shallow-repository'], { cwd })).trim() === 'true';
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
    for (const { version: v } of tags) {
        if (v.prerelease.length > 0 || semver_default().compare(v, version) <= 0)
            continue;
        if (overall === undefined || semver_default().compare(v, overall) > 0)
            overall = v;
        if (v.major === version.major && (major === undefined || semver_default().compare(v, major) > 0))
            major = v;
        if (v.major === version.major && v.minor === version.minor && (minor === undefined || semver_default().compare(v, minor) > 0))
            minor = v;
    }
    return {
        inMinor: minor === undefined,
        inMajor: major === undefined,
        overall: overall === undefined,
        above: {
            ...(minor ? { minor: minor.version } : {}),
            ...(major ? { major: major.version } : {}),
            ...(overall ? { overall: overall.version } : {}),
        },
    };
}
function incompleteTagsError(note, version) {
    return new errors_ArtefactsError('GIT_SHALLOW', `Cannot tell whether ${version} is the highest stable version, so floating tags (latest, major, major.minor) cannot be decided: ${note}.`, {
        hint: 'Fetch the tags: actions/checkout with fetch-depth: 0 (or fetch-tags: true), or `git fetch --tags`. Or turn floating tags off: latest: false and tags: type=semver,pattern={{version}}.',
    });
}

;// CONCATENATED MODULE: ./packages/core/src/version/build-tag.ts















const DEFAULT_TEMPLATE = '{{version}}-{{run_number}}-{{sha7}}';
/** Characters git refuses in ref names, plus whitespace (control characters are checked separately). */
const BAD_PREFIX = /[\s~^:?*[\\\x7f]|\.\.|@\{|^[/.-]|\/\/|\.lock$/;
const hasControl = (text) => [...text].some((c) => c.charCodeAt(0) < 0x20);
function parseTagPrefix(raw, input = 'tag-prefix') {
    if (BAD_PREFIX.test(raw) || hasControl(raw)) {
        throw errors_inputError(input, raw, 'text usable at the start of a git tag name: no spaces, none of ~ ^ : ? * [ \\, no "..", not starting with / . or -');
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
    throw errors_inputError(input, raw, 'a semantic version (https://semver.org) such as 1.4.0, 2.0.0-rc.1 or 1.4.0+build.5, optionally with the tag prefix', "Pass semver-calculate's output: version: ${{ steps.semver.outputs.version }}.");
}
function parseBuildTagInputs(raw) {
    const tagPrefix = parseTagPrefix(inputs_text(raw, 'tag-prefix'));
    const version = optionalText(raw, 'version');
    const template = parseTemplate(inputs_text(raw, 'template') || DEFAULT_TEMPLATE, 'template');
    return {
        version: version === undefined ? undefined : parseVersionInput(version, tagPrefix),
        images: parseImageNames(list(raw, 'images')),
        template,
        tagRules: parseTagRules(splitList(raw('tags'), false), 'tags'),
        labels: parseLabelLines(splitList(raw('labels'), false), 'labels'),
        annotations: parseAnnotationLines(splitList(raw('annotations'), false), 'annotations'),
        annotationLevels: parseAnnotationLevels(list(raw, 'annotation-levels'), 'annotation-levels'),
        shaLength: integer(raw, 'sha-length', { min: 4, max: 40, fallback: 7 }),
        pushGitTag: inputs_boolean(raw, 'push-git-tag', false),
        annotatedTag: inputs_boolean(raw, 'annotated-tag', false),
        tagPrefix,
        moveMajorTag: inputs_boolean(raw, 'move-major-tag', false),
        latest: oneOf(raw, 'latest', ['auto', 'true', 'false'], 'auto'),
        exportEnv: inputs_boolean(raw, 'export-env', true),
        githubToken: inputs_text(raw, 'github-token'),
    };
}
async function isGitRepository(cwd) {
    const result = await gitRaw(['rev-parse', '--git-dir'], { cwd });
    return result.exitCode === 0;
}
async function gatherFacts(environment, inGit) {
    const { cwd, env, github: gh } = environment;
    const assumptions = [];
    const needGit = (what) => {
        if (!inGit) {
            throw new errors_ArtefactsError('GIT_NOT_A_REPOSITORY', `${cwd} is not a git repository, and ${what} is not known otherwise.`, {
                hint: 'Check out the repository first (actions/checkout), or run from inside a clone.',
            });
        }
    };
    let revision = gh?.pullRequest?.headSha || gh?.sha || '';
    if (revision === '') {
        needGit('the commit');
        revision = (await git(['rev-parse', 'HEAD'], { cwd })).trim();
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
            const symbolic = await gitRaw(['symbolic-ref', '--short', '-q', 'HEAD'], { cwd });
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
                throw new errors_ArtefactsError('INPUT_INVALID', `${fromEnv}=${JSON.stringify(runNumber)} is not a whole number, so it cannot be the run number.`);
            }
            assumptions.push(`run_number ${runNumber} from ${fromEnv}`);
        }
        else {
            needGit('the run number (set ARTEFACTS_RUN_NUMBER)');
            runNumber = (await git(['rev-list', '--count', 'HEAD'], { cwd })).trim();
            const shallow = (await git(['rev-parse', '--is-shallow-repository'], { cwd })).trim() === 'true';
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
    const epoch = env.SOURCE_DATE_EPOCH;
    if (epoch !== undefined && epoch !== '') {
        if (!/^\d{1,12}$/.test(epoch.trim())) {
            throw new errors_ArtefactsError('INPUT_INVALID', `SOURCE_DATE_EPOCH=${JSON.stringify(epoch)} is not a whole number of seconds since 1970.`, {
                hint: 'Set it to e.g. $(git log -1 --format=%ct), or unset it to use the commit time.',
            });
        }
        return { created: new Date(Number(epoch.trim()) * 1000), createdSource: 'SOURCE_DATE_EPOCH' };
    }
    if (inGit) {
        const shown = await gitRaw(['show', '-s', '--format=%ct', `${revision}^{commit}`], { cwd });
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
        const head = await gitRaw(['show', '-s', '--format=%ct%n%H', 'HEAD'], { cwd });
        const [seconds = '', sha = ''] = head.stdout.trim().split('\n');
        if (head.exitCode === 0 && /^\d+$/.test(seconds)) {
            // Typical on pull_request with a depth-1 checkout: the PR head is a parent of the merge commit, not fetched.
            logger.info(`The built commit ${revision.slice(0, 12)} is not in the clone, so 'created' uses the commit time of HEAD (${sha.slice(0, 12)}). Set SOURCE_DATE_EPOCH to choose.`);
            return { created: new Date(Number(seconds) * 1000), createdSource: `commit time of HEAD ${sha.slice(0, 12)}` };
        }
    }
    throw new errors_ArtefactsError('GIT_NOT_A_REPOSITORY', `Cannot find a reproducible creation time: the commit ${revision} is not available.`, {
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
    const remote = await gitRaw(['remote', 'get-url', 'origin'], { cwd });
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
            environment.logger.warning(`Repository metadata for labels: ${describeError(error)} Falling back to the git remote.`);
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
        return new GitHubApi({ apiUrl: gh.apiUrl, token, owner: gh.owner, repo: gh.repo, logger: environment.logger });
    }
    if (remote === undefined)
        return undefined;
    const apiUrl = environment.env.GITHUB_API_URL ||
        (remote.host === 'github.com' ? 'https://api.github.com' : `https://${remote.host}/api/v3`);
    return new GitHubApi({ apiUrl, token, owner: remote.owner, repo: remote.repo, logger: environment.logger });
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
        (0,external_node_fs_namespaceObject.writeFileSync)(path, `${JSON.stringify({ target: { 'docker-metadata-action': definition } }, null, 2)}\n`);
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
        throw new errors_ArtefactsError('GITHUB_CONTEXT', 'push-git-tag needs the GitHub repository, which is not known here.', {
            hint: 'Run under GitHub Actions, or from a clone whose origin remote is the GitHub repository (with GITHUB_TOKEN set).',
        });
    }
    if (inputs.githubToken === '') {
        throw new errors_ArtefactsError('INPUT_MISSING', "Input 'github-token' is empty, but push-git-tag needs a token with contents: write.", {
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
        parseVersionInput(await resolveVersion({ tagPrefix: inputs.tagPrefix }, environment), inputs.tagPrefix);
    const version = semver_default().parse(versionText);
    if (version === null)
        throw new errors_ArtefactsError('INTERNAL', `Version ${versionText} did not parse.`);
    const inGit = await isGitRepository(cwd);
    if (!inGit && needsTagHistory(inputs, version)) {
        throw new errors_ArtefactsError('GIT_NOT_A_REPOSITORY', `${cwd} is not a git repository, so the existing version tags that decide latest, major and major.minor tags cannot be read.`, {
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
    const directory = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(environment.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'build-tag-'));
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
        summary: summaryMarkdown(version, plan, inputs.images, labels, facts, gitTag),
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

;// CONCATENATED MODULE: ./packages/core/src/index.ts







// build-tag: the entry points; the rest stays internal to keep the surface (and name clashes) small.






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

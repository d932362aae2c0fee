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
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3276);

/** Commands named after an action share its action.yml inputs; the rest are CLI-only. */
const commands = {
    'semver-calculate': { parse: _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .parseSemverCalculateInputs */ .lO, run: _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__/* .semverCalculate */ .Nn, secrets: ['github-token'] },
};


/***/ }),

/***/ 2641:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ actionSpecs)
/* harmony export */ });
const actionSpecs = {
    "semver-calculate": {
        "description": "Computes the next semantic version from git tags, pull request labels and Conventional Commits, with prerelease channels, a sticky pull request preview and a job summary; deepens shallow clones instead of guessing. Permissions: contents: read; pull-requests: write for the PR preview comment (optional).",
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
                "description": "Pull request labels that decide the bump, one rule per line: `<major|minor|patch|skip>=<label>, <label>`. A skip label releases nothing. Labels outrank commits; matched case-insensitively.",
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
                "description": "Prerelease channel per branch, one `<branch glob>=<channel>` per line, e.g. `release/*=rc` (counters go up per channel: 2.0.0-rc.3 → 2.0.0-rc.4). First match wins; other branches release stable versions.",
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
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3276);
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

/***/ 3276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Uc: () => (/* reexport */ describeError),
  cs: () => (/* reexport */ isArtefactsError),
  lO: () => (/* reexport */ options_parseSemverCalculateInputs),
  L7: () => (/* reexport */ readGitHubContext),
  Nn: () => (/* reexport */ semverCalculate)
});

// UNUSED EXPORTS: ArtefactsError, BUMPS, DEFAULT_BUMP_LABELS, DEFAULT_COMMIT_TYPES, GitHubApi, GitHubApiError, SEMVER_CALCULATE_MARKER, applyBump, bumpBetween, bumpForCommit, calculateVersion, compareBumps, completeHistory, countCommits, currentBranch, defaultVersionOptions, git, gitRaw, gitStream, globToRegExp, hasCommit, hasRemote, headFacts, inputError, inputs, isBuildMetadata, isChannelName, isShallow, isStrictSemver, listTags, maxBump, memoryLogger, missingTagsReason, nextChannelCounter, parseConventionalCommit, parseTag, parseTagPrefix, parseVersion, peelTags, pullRequestForMergeCommit, releaseOf, remoteTagNames, renderChangelog, renderSummary, revParse, runUrl, semverCalculateFromRaw, silentLogger, stickyMarker, streamCommits, upsertStickyComment, versionOutputs

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

// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __nccwpck_require__(9730);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./packages/core/src/version/semver.ts
/**
 * Semantic Versioning 2.0.0 helpers on top of the `semver` package: strict parsing of tags with a
 * literal prefix, bumps (with the 0.x rule), prerelease channels and their counters.
 */

const BUMPS = ['none', 'patch', 'minor', 'major'];
/** The SemVer 2.0.0 grammar, exactly (no leading `v`, no `=`, no leading zeros). */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function isStrictSemver(text) {
    return SEMVER.test(text);
}
function parseVersion(text) {
    if (!SEMVER.test(text))
        return undefined;
    return new (semver_default()).SemVer(text);
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
function releaseOf(version) {
    return `${version.major}.${version.minor}.${version.patch}`;
}
/** The next stable version after `previous` (a stable version) for `bump`. */
function applyBump(previous, bump, rules) {
    const effective = bump === 'major' && previous.major === 0 && rules.zeroMajorBreaking === 'minor' ? 'minor' : bump;
    if (effective === 'none')
        return releaseOf(previous);
    const next = new (semver_default()).SemVer(releaseOf(previous)).inc(effective);
    return next.version;
}
/** Which bump takes `from` (stable) to `to` (stable, greater). */
function bumpBetween(from, to) {
    const t = new (semver_default()).SemVer(to);
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
function options_parseSemverCalculateInputs(get) {
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
/**
 * The version calculation: previous release from git tags, the bump from (in order of precedence)
 * an explicit increment, pull request labels, Conventional Commits, custom patterns and the default
 * for unmatched commits, then prerelease channels and build metadata.
 */












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
    const previousStable = highest(pool, (t) => t.version.prerelease.length === 0 && (tagged === undefined || semver_default().compare(t.version, tagged.version) < 0));
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
            kept.push(c);
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
            deciding.push(c);
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
        reasons.push(`no previous version tag with prefix '${prefix}': initial version ${release}`);
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
            const candidate = highest(merged, (t) => t.version.prerelease.length > 0 && semver_default().gt(releaseOf(t.version), release));
            if (candidate !== undefined && semver_default().gt(releaseOf(candidate.version), previousStable.version)) {
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
        if (pr.isFork) {
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
/** Parses raw inputs and runs: what the CLI registers. */
function semverCalculateFromRaw(raw, environment) {
    return semverCalculate(parseSemverCalculateInputs(raw), environment);
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

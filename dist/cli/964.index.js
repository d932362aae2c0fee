export const id = 964;
export const ids = [964];
export const modules = {

/***/ 35964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bundleReferrer: () => (/* reexport */ referrer.bundleReferrer),
  keyOnlySignInputs: () => (/* reexport */ inputs/* keyOnlySignInputs */.Eg),
  resolveSigningConfig: () => (/* reexport */ inputs/* resolveSigningConfig */.ML),
  signStatement: () => (/* reexport */ bundle.signStatement),
  stageArtefact: () => (/* reexport */ sign_image.stageArtefact),
  stageVerificationSummary: () => (/* reexport */ verification_summary/* stageVerificationSummary */.MW),
  verifyPromotionSource: () => (/* reexport */ verifyPromotionSource)
});

// EXTERNAL MODULE: ./packages/core/src/sign/bundle.ts
var bundle = __webpack_require__(40043);
// EXTERNAL MODULE: ./packages/core/src/sign/image.ts
var sign_image = __webpack_require__(5030);
// EXTERNAL MODULE: ./packages/core/src/sign/inputs.ts + 2 modules
var inputs = __webpack_require__(18100);
// EXTERNAL MODULE: ./packages/core/src/sign/referrer.ts
var referrer = __webpack_require__(70280);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/sign/conditions.ts
var conditions = __webpack_require__(4325);
// EXTERNAL MODULE: ./packages/core/src/sign/verification-summary.ts + 1 modules
var verification_summary = __webpack_require__(5344);
;// CONCATENATED MODULE: ./packages/core/src/promote/gate.ts
/**
 * promote's `require-signature` gate: the ONE place where promotion asks "does this digest carry
 * a signature that satisfies the policy?". It runs after the source is resolved to its digest and
 * before a byte is copied; throwing refuses the promotion.
 *
 * It runs the verify action's own check (sign/image.ts verifyImage): every Sigstore bundle
 * referrer of the digest (referrers API or fallback tag) and the cosign v2 `.sig` tag, each judged
 * by the policy (sign/verify-policy.ts), failing closed with VERIFICATION_FAILED that names, for
 * every referrer, the rule that refused it.
 */





/** The verify action's inputs that mean the same as the promote policy. */
function verifyInputs(policy) {
    return {
        image: undefined,
        files: [],
        key: policy.kind === 'key' ? policy.key : undefined,
        certificateIdentity: policy.kind === 'keyless' ? policy.identity : undefined,
        certificateIdentityRegexp: policy.kind === 'keyless' ? policy.identityRegexp : undefined,
        certificateOidcIssuer: policy.kind === 'keyless' ? policy.issuer : undefined,
        attestations: [],
        offline: false,
        trustedRoot: policy.kind === 'keyless' ? policy.trustedRoot : undefined,
        requireTransparencyLog: false,
    };
}
/**
 * Verifies that `digest` in `source` is signed as `policy` demands; throws VERIFICATION_FAILED when
 * not, or when the policy itself cannot be used (unreadable key, trusted root out of reach):
 * the gate never lets unverified bytes through.
 */
async function verifyPromotionSource(policy, source, digest, context) {
    context.logger.info(`Signature required (${policy.kind === 'key' ? 'public key' : `keyless, issuer ${policy.issuer}`}) for ${source.location}@${digest}`);
    let verification;
    try {
        // Keyless: the trusted root of the repository's Sigstore instance, through TUF as verify gets it.
        verification = await (0,inputs/* loadVerificationPolicy */.GA)(verifyInputs(policy), context.cwd, context, 'require-signature');
    }
    catch (error) {
        // An error about the key itself names the input already, with a hint for what it held.
        if (error instanceof errors/* ArtefactsError */.E && error.message.startsWith("Input 'require-signature':")) {
            throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `${error.message} ${digest} was not promoted.`, {
                hint: `Nothing was copied.${error.hint === undefined ? '' : ` ${error.hint}`}`,
                cause: error,
            });
        }
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `Input 'require-signature': cannot check ${digest} (${(0,errors/* describeError */.Uc)(error)}), so it was not promoted.`, {
            hint: policy.kind === 'keyless'
                ? "Nothing was copied. Keyless verification needs the Sigstore trusted root, fetched through TUF from the repository's instance (public-good, or GitHub's for private repositories): check that it can be reached, or require a public key."
                : 'Nothing was copied. Give the public key as PEM text or the path of a readable file (e.g. cosign.pub).',
            cause: error,
        });
    }
    const result = await (0,sign_image.verifyImage)(source, digest, verification, context.logger);
    if (policy.conditions !== undefined && policy.conditions.length > 0) {
        try {
            (0,conditions/* checkConditions */.jB)(policy.conditions, result.verified, `${source.location}@${digest}`);
        }
        catch (error) {
            if (!(error instanceof errors/* ArtefactsError */.E))
                throw error;
            throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `Input 'conditions': ${error.message}\nNothing was promoted.`, {
                ...(error.hint === undefined ? {} : { hint: error.hint }),
                cause: error,
            });
        }
        context.logger.info(`Conditions held for ${digest}: ${policy.conditions.map((c) => c.line).join('; ')}`);
    }
    context.logger.info(`Signature gate passed for ${digest}: ${result.signers.join(', ')}`);
    const facts = (0,verification_summary/* policyFacts */._X)(verification, policy.conditions ?? []);
    return {
        signers: [...result.signers],
        record: {
            signature: policy.kind,
            ...(facts.keyHint === undefined ? {} : { keyHint: facts.keyHint }),
            ...(facts.identity === undefined ? {} : { identity: facts.identity }),
            ...(facts.identityRegexp === undefined ? {} : { identityRegexp: facts.identityRegexp }),
            ...(facts.issuer === undefined ? {} : { issuer: facts.issuer }),
            signers: [...result.signers],
            conditions: (policy.conditions ?? []).map((c) => c.line),
        },
        summary: {
            policy: facts,
            inputAttestations: (0,verification_summary/* inputAttestations */.Ur)(source.location, result.verified),
            timeVerified: new Date(),
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/promote/signing.ts
/**
 * Everything promote needs from sign and verify, behind one module that promote loads with a
 * dynamic import only when a promotion signs its record or gates on a signature. The sigstore
 * libraries cost a cold start about 0.15 s, and most promotions use neither; one module keeps
 * them in one bundle chunk.
 */








/***/ })

};

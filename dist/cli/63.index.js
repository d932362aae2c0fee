export const id = 63;
export const ids = [63];
export const modules = {

/***/ 8063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyPromotionSource: () => (/* binding */ verifyPromotionSource)
/* harmony export */ });
/* unused harmony export PROMOTE_SIGNATURE_GATE_AVAILABLE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _sign_image_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5030);
/* harmony import */ var _sign_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5138);
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



/** Whether this build can verify signatures (it can: the verify logic is wired in below). */
const PROMOTE_SIGNATURE_GATE_AVAILABLE = true;
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
        trustedRoot: undefined,
        requireTransparencyLog: false,
    };
}
/**
 * Verifies that `digest` in `source` is signed as `policy` demands; throws VERIFICATION_FAILED when
 * not, or when the policy itself cannot be used (unreadable key, keyless without a trusted root):
 * the gate never lets unverified bytes through.
 */
async function verifyPromotionSource(policy, source, digest, context) {
    context.logger.info(`Signature required (${policy.kind === 'key' ? 'public key' : `keyless, issuer ${policy.issuer}`}) for ${source.location}@${digest}`);
    let verification;
    try {
        verification = await (0,_sign_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .loadVerificationPolicy */ .GA)(verifyInputs(policy), context.cwd);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtefactsError */ .E('VERIFICATION_FAILED', `Input 'require-signature': cannot check ${digest} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}), so it was not promoted.`, {
            hint: policy.kind === 'keyless'
                ? 'Nothing was copied. Keyless verification needs a Sigstore trusted root, which promote does not take yet: verify with the verify action (trusted-root) first, or require a public key.'
                : 'Nothing was copied. Give the public key as PEM text or the path of a readable file (e.g. cosign.pub).',
            cause: error,
        });
    }
    const result = await (0,_sign_image_js__WEBPACK_IMPORTED_MODULE_2__.verifyImage)(source, digest, verification, context.logger);
    context.logger.info(`Signature gate passed for ${digest}: ${result.signers.join(', ')}`);
}


/***/ })

};

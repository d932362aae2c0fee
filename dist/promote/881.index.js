export const id = 881;
export const ids = [881];
export const modules = {

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bundleReferrer: () => (/* reexport safe */ _sign_referrer_js__WEBPACK_IMPORTED_MODULE_3__.GR),
/* harmony export */   keyOnlySignInputs: () => (/* reexport safe */ _sign_inputs_js__WEBPACK_IMPORTED_MODULE_2__.Eg),
/* harmony export */   pushArtefact: () => (/* reexport safe */ _sign_image_js__WEBPACK_IMPORTED_MODULE_1__.Pw),
/* harmony export */   resolveSigningConfig: () => (/* reexport safe */ _sign_inputs_js__WEBPACK_IMPORTED_MODULE_2__.ML),
/* harmony export */   signStatement: () => (/* reexport safe */ _sign_bundle_js__WEBPACK_IMPORTED_MODULE_0__.fT),
/* harmony export */   verifyPromotionSource: () => (/* reexport safe */ _gate_js__WEBPACK_IMPORTED_MODULE_4__.K)
/* harmony export */ });
/* harmony import */ var _sign_bundle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43);
/* harmony import */ var _sign_image_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5030);
/* harmony import */ var _sign_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2955);
/* harmony import */ var _sign_referrer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(280);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1423);
/**
 * Everything promote needs from sign and verify, behind one module that promote loads with a
 * dynamic import only when a promotion signs its record or gates on a signature. The sigstore
 * libraries cost a cold start about 0.15 s, and most promotions use neither; one module keeps
 * them in one bundle chunk.
 */







/***/ })

};

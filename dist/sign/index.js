import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toMessageSignatureBundle = toMessageSignatureBundle;
exports.toDSSEBundle = toDSSEBundle;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __nccwpck_require__(9654);
const bundle_1 = __nccwpck_require__(7742);
// Message signature bundle - $case: 'messageSignature'
function toMessageSignatureBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: {
                    algorithm: protobuf_specs_1.HashAlgorithm.SHA2_256,
                    digest: options.digest,
                },
                signature: options.signature,
            },
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
// DSSE envelope bundle - $case: 'dsseEnvelope'
function toDSSEBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'dsseEnvelope',
            dsseEnvelope: toEnvelope(options),
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
function toEnvelope(options) {
    return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)],
    };
}
function toSignature(options) {
    return {
        keyid: options.keyHint || '',
        sig: options.signature,
    };
}
// Verification material
function toVerificationMaterial(options) {
    return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] },
    };
}
function toKeyContent(options) {
    if (options.certificate) {
        if (options.certificateChain) {
            return {
                $case: 'x509CertificateChain',
                x509CertificateChain: {
                    certificates: [{ rawBytes: options.certificate }],
                },
            };
        }
        else {
            return {
                $case: 'certificate',
                certificate: { rawBytes: options.certificate },
            };
        }
    }
    else {
        return {
            $case: 'publicKey',
            publicKey: {
                hint: options.keyHint || '',
            },
        };
    }
}


/***/ }),

/***/ 7742:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = void 0;
exports.isBundleWithCertificateChain = isBundleWithCertificateChain;
exports.isBundleWithPublicKey = isBundleWithPublicKey;
exports.isBundleWithMessageSignature = isBundleWithMessageSignature;
exports.isBundleWithDsseEnvelope = isBundleWithDsseEnvelope;
exports.BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
exports.BUNDLE_V02_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.3';
exports.BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
// Type guards for bundle variants.
function isBundleWithCertificateChain(b) {
    return b.verificationMaterial.content.$case === 'x509CertificateChain';
}
function isBundleWithPublicKey(b) {
    return b.verificationMaterial.content.$case === 'publicKey';
}
function isBundleWithMessageSignature(b) {
    return b.content.$case === 'messageSignature';
}
function isBundleWithDsseEnvelope(b) {
    return b.content.$case === 'dsseEnvelope';
}


/***/ }),

/***/ 7714:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValidationError = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class ValidationError extends Error {
    fields;
    constructor(message, fields) {
        super(message);
        this.fields = fields;
    }
}
exports.ValidationError = ValidationError;


/***/ }),

/***/ 1040:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isBundleV01 = exports.assertBundleV02 = exports.assertBundleV01 = exports.assertBundleLatest = exports.assertBundle = exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = exports.ValidationError = exports.isBundleWithPublicKey = exports.isBundleWithMessageSignature = exports.isBundleWithDsseEnvelope = exports.isBundleWithCertificateChain = exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = exports.toMessageSignatureBundle = exports.toDSSEBundle = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var build_1 = __nccwpck_require__(8456);
Object.defineProperty(exports, "toDSSEBundle", ({ enumerable: true, get: function () { return build_1.toDSSEBundle; } }));
Object.defineProperty(exports, "toMessageSignatureBundle", ({ enumerable: true, get: function () { return build_1.toMessageSignatureBundle; } }));
var bundle_1 = __nccwpck_require__(7742);
Object.defineProperty(exports, "BUNDLE_V01_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V01_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V02_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V02_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V03_LEGACY_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V03_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_MEDIA_TYPE; } }));
Object.defineProperty(exports, "isBundleWithCertificateChain", ({ enumerable: true, get: function () { return bundle_1.isBundleWithCertificateChain; } }));
Object.defineProperty(exports, "isBundleWithDsseEnvelope", ({ enumerable: true, get: function () { return bundle_1.isBundleWithDsseEnvelope; } }));
Object.defineProperty(exports, "isBundleWithMessageSignature", ({ enumerable: true, get: function () { return bundle_1.isBundleWithMessageSignature; } }));
Object.defineProperty(exports, "isBundleWithPublicKey", ({ enumerable: true, get: function () { return bundle_1.isBundleWithPublicKey; } }));
var error_1 = __nccwpck_require__(7714);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return error_1.ValidationError; } }));
var serialized_1 = __nccwpck_require__(3404);
Object.defineProperty(exports, "bundleFromJSON", ({ enumerable: true, get: function () { return serialized_1.bundleFromJSON; } }));
Object.defineProperty(exports, "bundleToJSON", ({ enumerable: true, get: function () { return serialized_1.bundleToJSON; } }));
Object.defineProperty(exports, "envelopeFromJSON", ({ enumerable: true, get: function () { return serialized_1.envelopeFromJSON; } }));
Object.defineProperty(exports, "envelopeToJSON", ({ enumerable: true, get: function () { return serialized_1.envelopeToJSON; } }));
var validate_1 = __nccwpck_require__(9352);
Object.defineProperty(exports, "assertBundle", ({ enumerable: true, get: function () { return validate_1.assertBundle; } }));
Object.defineProperty(exports, "assertBundleLatest", ({ enumerable: true, get: function () { return validate_1.assertBundleLatest; } }));
Object.defineProperty(exports, "assertBundleV01", ({ enumerable: true, get: function () { return validate_1.assertBundleV01; } }));
Object.defineProperty(exports, "assertBundleV02", ({ enumerable: true, get: function () { return validate_1.assertBundleV02; } }));
Object.defineProperty(exports, "isBundleV01", ({ enumerable: true, get: function () { return validate_1.isBundleV01; } }));


/***/ }),

/***/ 3404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __nccwpck_require__(9654);
const bundle_1 = __nccwpck_require__(7742);
const validate_1 = __nccwpck_require__(9352);
const bundleFromJSON = (obj) => {
    const bundle = protobuf_specs_1.Bundle.fromJSON(obj);
    switch (bundle.mediaType) {
        case bundle_1.BUNDLE_V01_MEDIA_TYPE:
            (0, validate_1.assertBundleV01)(bundle);
            break;
        case bundle_1.BUNDLE_V02_MEDIA_TYPE:
            (0, validate_1.assertBundleV02)(bundle);
            break;
        default:
            (0, validate_1.assertBundleLatest)(bundle);
            break;
    }
    return bundle;
};
exports.bundleFromJSON = bundleFromJSON;
const bundleToJSON = (bundle) => {
    return protobuf_specs_1.Bundle.toJSON(bundle);
};
exports.bundleToJSON = bundleToJSON;
const envelopeFromJSON = (obj) => {
    return protobuf_specs_1.Envelope.fromJSON(obj);
};
exports.envelopeFromJSON = envelopeFromJSON;
const envelopeToJSON = (envelope) => {
    return protobuf_specs_1.Envelope.toJSON(envelope);
};
exports.envelopeToJSON = envelopeToJSON;


/***/ }),

/***/ 9352:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertBundle = assertBundle;
exports.assertBundleV01 = assertBundleV01;
exports.isBundleV01 = isBundleV01;
exports.assertBundleV02 = assertBundleV02;
exports.assertBundleLatest = assertBundleLatest;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __nccwpck_require__(7714);
// Performs basic validation of a Sigstore bundle to ensure that all required
// fields are populated. This is not a complete validation of the bundle, but
// rather a check that the bundle is in a valid state to be processed by the
// rest of the code.
function assertBundle(b) {
    const invalidValues = validateBundleBase(b);
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the v0.1 bundle format.
function assertBundleV01(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionPromise(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.1 bundle', invalidValues);
    }
}
// Type guard to determine if Bundle is a v0.1 bundle.
function isBundleV01(b) {
    try {
        assertBundleV01(b);
        return true;
    }
    catch (e) {
        return false;
    }
}
// Asserts that the given bundle conforms to the v0.2 bundle format.
function assertBundleV02(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.2 bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the newest (0.3) bundle format.
function assertBundleLatest(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    invalidValues.push(...validateNoCertificateChain(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
function validateBundleBase(b) {
    const invalidValues = [];
    // Media type validation
    if (b.mediaType === undefined ||
        (!b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\+json;version=\d\.\d/) &&
            !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\.v\d\.\d\+json/))) {
        invalidValues.push('mediaType');
    }
    // Content-related validation
    if (b.content === undefined) {
        invalidValues.push('content');
    }
    else {
        switch (b.content.$case) {
            case 'messageSignature':
                if (b.content.messageSignature.messageDigest === undefined) {
                    invalidValues.push('content.messageSignature.messageDigest');
                }
                else {
                    if (b.content.messageSignature.messageDigest.digest.length === 0) {
                        invalidValues.push('content.messageSignature.messageDigest.digest');
                    }
                }
                if (b.content.messageSignature.signature.length === 0) {
                    invalidValues.push('content.messageSignature.signature');
                }
                break;
            case 'dsseEnvelope':
                if (b.content.dsseEnvelope.payload.length === 0) {
                    invalidValues.push('content.dsseEnvelope.payload');
                }
                if (b.content.dsseEnvelope.signatures.length !== 1) {
                    invalidValues.push('content.dsseEnvelope.signatures');
                }
                else {
                    if (b.content.dsseEnvelope.signatures[0].sig.length === 0) {
                        invalidValues.push('content.dsseEnvelope.signatures[0].sig');
                    }
                }
                break;
        }
    }
    // Verification material-related validation
    if (b.verificationMaterial === undefined) {
        invalidValues.push('verificationMaterial');
    }
    else {
        if (b.verificationMaterial.content === undefined) {
            invalidValues.push('verificationMaterial.content');
        }
        else {
            switch (b.verificationMaterial.content.$case) {
                case 'x509CertificateChain':
                    if (b.verificationMaterial.content.x509CertificateChain.certificates
                        .length === 0) {
                        invalidValues.push('verificationMaterial.content.x509CertificateChain.certificates');
                    }
                    b.verificationMaterial.content.x509CertificateChain.certificates.forEach((cert, i) => {
                        if (cert.rawBytes.length === 0) {
                            invalidValues.push(`verificationMaterial.content.x509CertificateChain.certificates[${i}].rawBytes`);
                        }
                    });
                    break;
                case 'certificate':
                    if (b.verificationMaterial.content.certificate.rawBytes.length === 0) {
                        invalidValues.push('verificationMaterial.content.certificate.rawBytes');
                    }
                    break;
            }
        }
        if (b.verificationMaterial.tlogEntries === undefined) {
            invalidValues.push('verificationMaterial.tlogEntries');
        }
        else {
            if (b.verificationMaterial.tlogEntries.length > 0) {
                b.verificationMaterial.tlogEntries.forEach((entry, i) => {
                    if (entry.logId === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].logId`);
                    }
                    if (entry.kindVersion === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].kindVersion`);
                    }
                });
            }
        }
    }
    return invalidValues;
}
// Necessary for V01 bundles
function validateInclusionPromise(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionPromise === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionPromise`);
            }
        });
    }
    return invalidValues;
}
// Necessary for V02 and later bundles
function validateInclusionProof(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionProof === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof`);
            }
            else {
                if (entry.inclusionProof.checkpoint === undefined) {
                    invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof.checkpoint`);
                }
            }
        });
    }
    return invalidValues;
}
// Necessary for V03 and later bundles
function validateNoCertificateChain(b) {
    const invalidValues = [];
    /* istanbul ignore next */
    if (b.verificationMaterial?.content?.$case === 'x509CertificateChain') {
        invalidValues.push('verificationMaterial.content.$case');
    }
    return invalidValues;
}


/***/ }),

/***/ 1121:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ASN1TypeError = exports.ASN1ParseError = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class ASN1ParseError extends Error {
}
exports.ASN1ParseError = ASN1ParseError;
class ASN1TypeError extends Error {
}
exports.ASN1TypeError = ASN1TypeError;


/***/ }),

/***/ 6027:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ASN1Obj = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var obj_1 = __nccwpck_require__(990);
Object.defineProperty(exports, "ASN1Obj", ({ enumerable: true, get: function () { return obj_1.ASN1Obj; } }));


/***/ }),

/***/ 4243:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decodeLength = decodeLength;
exports.encodeLength = encodeLength;
const error_1 = __nccwpck_require__(1121);
// Decodes the length of a DER-encoded ANS.1 element from the supplied stream.
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-encoded-length-and-value-bytes
function decodeLength(stream) {
    const buf = stream.getUint8();
    // If the most significant bit is UNSET the length is just the value of the
    // byte.
    if ((buf & 0x80) === 0x00) {
        return buf;
    }
    // Otherwise, the lower 7 bits of the first byte indicate the number of bytes
    // that follow to encode the length.
    const byteCount = buf & 0x7f;
    // Ensure the encoded length can safely fit in a JS number.
    if (byteCount > 6) {
        throw new error_1.ASN1ParseError('length exceeds 6 byte limit');
    }
    // Iterate over the bytes that encode the length.
    let len = 0;
    for (let i = 0; i < byteCount; i++) {
        const byte = stream.getUint8();
        // The first byte of a multi-byte length must not be zero; a leading zero
        // means the length could have been encoded in fewer bytes (non-minimal).
        if (i === 0 && byte === 0x00) {
            throw new error_1.ASN1ParseError('non-minimal length encoding');
        }
        len = len * 256 + byte;
    }
    // This is a valid ASN.1 length encoding, but we don't support it.
    if (len === 0) {
        throw new error_1.ASN1ParseError('indefinite length encoding not supported');
    }
    // Lengths less than 128 must use the short form; rejecting them here ensures
    // the encoding is minimal (strict DER).
    if (len < 128) {
        throw new error_1.ASN1ParseError('non-minimal length encoding');
    }
    return len;
}
// Translates the supplied value to a DER-encoded length.
function encodeLength(len) {
    if (len < 128) {
        return Buffer.from([len]);
    }
    // Bitwise operations on large numbers are not supported in JS, so we need to
    // use BigInts.
    let val = BigInt(len);
    const bytes = [];
    while (val > 0n) {
        bytes.unshift(Number(val & 255n));
        val = val >> 8n;
    }
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}


/***/ }),

/***/ 990:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ASN1Obj = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const stream_1 = __nccwpck_require__(1673);
const error_1 = __nccwpck_require__(1121);
const length_1 = __nccwpck_require__(4243);
const parse_1 = __nccwpck_require__(1044);
const tag_1 = __nccwpck_require__(9343);
class ASN1Obj {
    tag;
    subs;
    value;
    constructor(tag, value, subs) {
        this.tag = tag;
        this.value = value;
        this.subs = subs;
    }
    // Constructs an ASN.1 object from a Buffer of DER-encoded bytes.
    static parseBuffer(buf) {
        const stream = new stream_1.ByteStream(buf);
        const obj = parseStream(stream);
        // Ensure the entire buffer was consumed; trailing data after the top-level
        // object indicates a malformed (or maliciously padded) encoding.
        if (stream.position !== stream.length) {
            throw new error_1.ASN1ParseError('invalid trailing data');
        }
        return obj;
    }
    toDER() {
        const valueStream = new stream_1.ByteStream();
        if (this.subs.length > 0) {
            for (const sub of this.subs) {
                valueStream.appendView(sub.toDER());
            }
        }
        else {
            valueStream.appendView(this.value);
        }
        const value = valueStream.buffer;
        // Concat tag/length/value
        const obj = new stream_1.ByteStream();
        obj.appendChar(this.tag.toDER());
        obj.appendView((0, length_1.encodeLength)(value.length));
        obj.appendView(value);
        return obj.buffer;
    }
    /////////////////////////////////////////////////////////////////////////////
    // Convenience methods for parsing ASN.1 primitives into JS types
    // Returns the ASN.1 object's value as a boolean. Throws an error if the
    // object is not a boolean.
    toBoolean() {
        if (!this.tag.isBoolean()) {
            throw new error_1.ASN1TypeError('not a boolean');
        }
        return (0, parse_1.parseBoolean)(this.value);
    }
    // Returns the ASN.1 object's value as a BigInt. Throws an error if the
    // object is not an integer.
    toInteger() {
        if (!this.tag.isInteger()) {
            throw new error_1.ASN1TypeError('not an integer');
        }
        return (0, parse_1.parseInteger)(this.value);
    }
    // Returns the ASN.1 object's value as an OID string. Throws an error if the
    // object is not an OID.
    toOID() {
        if (!this.tag.isOID()) {
            throw new error_1.ASN1TypeError('not an OID');
        }
        return (0, parse_1.parseOID)(this.value);
    }
    // Returns the ASN.1 object's value as a Date. Throws an error if the object
    // is not either a UTCTime or a GeneralizedTime.
    toDate() {
        switch (true) {
            case this.tag.isUTCTime():
                return (0, parse_1.parseTime)(this.value, true);
            case this.tag.isGeneralizedTime():
                return (0, parse_1.parseTime)(this.value, false);
            default:
                throw new error_1.ASN1TypeError('not a date');
        }
    }
    // Returns the ASN.1 object's value as a number[] where each number is the
    // value of a bit in the bit string. Throws an error if the object is not a
    // bit string.
    toBitString() {
        if (!this.tag.isBitString()) {
            throw new error_1.ASN1TypeError('not a bit string');
        }
        return (0, parse_1.parseBitString)(this.value);
    }
}
exports.ASN1Obj = ASN1Obj;
/////////////////////////////////////////////////////////////////////////////
// Internal stream parsing functions
// Maximum nesting depth for parsed ASN.1 objects. Bounds the mutual recursion
// between parseStream and collectSubs so that deeply nested DER cannot exhaust
// the call stack (denial of service).
const MAX_DEPTH = 100;
function parseStream(stream, depth = 0) {
    if (depth > MAX_DEPTH) {
        throw new error_1.ASN1ParseError('maximum nesting depth exceeded');
    }
    // Parse tag, length, and value from stream
    const tag = new tag_1.ASN1Tag(stream.getUint8());
    const len = (0, length_1.decodeLength)(stream);
    const value = stream.slice(stream.position, len);
    const start = stream.position;
    let subs = [];
    // If the object is constructed, parse its children. Sometimes, children
    // are embedded in OCTESTRING objects, so we need to check those
    // for children as well.
    if (tag.constructed) {
        subs = collectSubs(stream, len, depth);
    }
    else if (tag.isOctetString()) {
        // Attempt to parse children of OCTETSTRING objects. If anything fails,
        // assume the object is not constructed and treat as primitive. This is
        // intentional: it transparently unwraps DER content embedded in an OCTET
        // STRING (e.g. X.509 extnValue, CMS eContent). The error is swallowed
        // because a parse failure simply means the bytes are an opaque primitive
        // value rather than a nested structure.
        try {
            subs = collectSubs(stream, len, depth);
        }
        catch (e) {
            // Fail silently and treat as primitive
        }
    }
    // If there are no children, move stream cursor to the end of the object
    if (subs.length === 0) {
        stream.seek(start + len);
    }
    return new ASN1Obj(tag, value, subs);
}
function collectSubs(stream, len, depth) {
    // Calculate end of object content
    const end = stream.position + len;
    // Make sure there are enough bytes left in the stream. This should never
    // happen, cause it'll get caught when the stream is sliced in parseStream.
    // Leaving as an extra check just in case.
    /* istanbul ignore if */
    if (end > stream.length) {
        throw new error_1.ASN1ParseError('invalid length');
    }
    // Parse all children
    const subs = [];
    while (stream.position < end) {
        subs.push(parseStream(stream, depth + 1));
    }
    // When we're done parsing children, we should be at the end of the object
    if (stream.position !== end) {
        throw new error_1.ASN1ParseError('invalid length');
    }
    return subs;
}


/***/ }),

/***/ 1044:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseInteger = parseInteger;
exports.parseStringASCII = parseStringASCII;
exports.parseTime = parseTime;
exports.parseOID = parseOID;
exports.parseBoolean = parseBoolean;
exports.parseBitString = parseBitString;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __nccwpck_require__(1121);
const RE_TIME_SHORT_YEAR = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d{3})?Z$/;
const RE_TIME_LONG_YEAR = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d{3})?Z$/;
// Parse a BigInt from the DER-encoded buffer
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-integer
function parseInteger(buf) {
    let pos = 0;
    const end = buf.length;
    let val = buf[pos];
    const neg = val > 0x7f;
    // Consume any padding bytes
    const pad = neg ? 0xff : 0x00;
    while (val == pad && ++pos < end) {
        val = buf[pos];
    }
    // Calculate remaining bytes to read
    const len = end - pos;
    if (len === 0)
        return BigInt(neg ? -1 : 0);
    // Handle two's complement for negative numbers
    val = neg ? val - 256 : val;
    // Parse remaining bytes
    let n = BigInt(val);
    for (let i = pos + 1; i < end; ++i) {
        n = n * BigInt(256) + BigInt(buf[i]);
    }
    return n;
}
// Parse an ASCII string from the DER-encoded buffer
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-basic-types#boolean
function parseStringASCII(buf) {
    return buf.toString('ascii');
}
// Parse a Date from the DER-encoded buffer
// https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5.1
function parseTime(buf, shortYear) {
    const timeStr = parseStringASCII(buf);
    // Parse the time string into matches - captured groups start at index 1
    const m = shortYear
        ? RE_TIME_SHORT_YEAR.exec(timeStr)
        : RE_TIME_LONG_YEAR.exec(timeStr);
    if (!m) {
        throw new Error('invalid time');
    }
    // Translate dates with a 2-digit year to 4 digits per the spec
    if (shortYear) {
        let year = Number(m[1]);
        year += year >= 50 ? 1900 : 2000;
        m[1] = year.toString();
    }
    // Translate to ISO8601 format and parse
    return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
}
// Parse an OID from the DER-encoded buffer
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-object-identifier
function parseOID(buf) {
    let pos = 0;
    const end = buf.length;
    // Consume first byte which encodes the first two OID components
    let n = buf[pos++];
    const first = Math.floor(n / 40);
    const second = n % 40;
    let oid = `${first}.${second}`;
    // Consume remaining bytes. Use a BigInt accumulator so that arcs which
    // exceed 32 bits are not silently truncated (a truncated arc could be made
    // to collide with a trusted OID).
    let val = 0n;
    for (; pos < end; ++pos) {
        n = buf[pos];
        val = (val << 7n) + BigInt(n & 0x7f);
        // If the left-most bit is NOT set, then this is the last byte in the
        // sequence and we can add the value to the OID and reset the accumulator
        if ((n & 0x80) === 0) {
            oid += `.${val}`;
            val = 0n;
        }
    }
    return oid;
}
// Parse a boolean from the DER-encoded buffer
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-basic-types#boolean
function parseBoolean(buf) {
    // DER requires a BOOLEAN to be a single byte that is either 0x00 (false) or
    // 0xff (true). Reject any other (non-canonical) encoding.
    if (buf.length !== 1) {
        throw new error_1.ASN1ParseError('invalid boolean');
    }
    switch (buf[0]) {
        case 0x00:
            return false;
        case 0xff:
            return true;
        default:
            throw new error_1.ASN1ParseError('invalid boolean');
    }
}
// Parse a bit string from the DER-encoded buffer
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-bit-string
function parseBitString(buf) {
    // First byte tell us how many unused bits are in the last byte
    const unused = buf[0];
    // The number of unused bits must be in the range 0-7.
    if (unused > 7) {
        throw new error_1.ASN1ParseError('invalid bit string');
    }
    const start = 1;
    const end = buf.length;
    const bits = [];
    for (let i = start; i < end; ++i) {
        const byte = buf[i];
        // The skip value is only used for the last byte
        const skip = i === end - 1 ? unused : 0;
        // Iterate over each bit in the byte (most significant first)
        for (let j = 7; j >= skip; --j) {
            // Read the bit and add it to the bit string
            bits.push((byte >> j) & 0x01);
        }
    }
    return bits;
}


/***/ }),

/***/ 9343:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ASN1Tag = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __nccwpck_require__(1121);
const UNIVERSAL_TAG = {
    BOOLEAN: 0x01,
    INTEGER: 0x02,
    BIT_STRING: 0x03,
    OCTET_STRING: 0x04,
    OBJECT_IDENTIFIER: 0x06,
    SEQUENCE: 0x10,
    SET: 0x11,
    PRINTABLE_STRING: 0x13,
    UTC_TIME: 0x17,
    GENERALIZED_TIME: 0x18,
};
const TAG_CLASS = {
    UNIVERSAL: 0x00,
    APPLICATION: 0x01,
    CONTEXT_SPECIFIC: 0x02,
    PRIVATE: 0x03,
};
// https://learn.microsoft.com/en-us/windows/win32/seccertenroll/about-encoded-tag-bytes
class ASN1Tag {
    number;
    constructed;
    class;
    constructor(enc) {
        // Bits 0 through 4 are the tag number
        this.number = enc & 0x1f;
        // Bit 5 is the constructed bit
        this.constructed = (enc & 0x20) === 0x20;
        // Bit 6 & 7 are the class
        this.class = enc >> 6;
        if (this.number === 0x1f) {
            throw new error_1.ASN1ParseError('long form tags not supported');
        }
        if (this.class === TAG_CLASS.UNIVERSAL && this.number === 0x00) {
            throw new error_1.ASN1ParseError('unsupported tag 0x00');
        }
    }
    isUniversal() {
        return this.class === TAG_CLASS.UNIVERSAL;
    }
    isContextSpecific(num) {
        const res = this.class === TAG_CLASS.CONTEXT_SPECIFIC;
        return num !== undefined ? res && this.number === num : res;
    }
    isBoolean() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.BOOLEAN;
    }
    isInteger() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.INTEGER;
    }
    isBitString() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.BIT_STRING;
    }
    isOctetString() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.OCTET_STRING;
    }
    isOID() {
        return (this.isUniversal() && this.number === UNIVERSAL_TAG.OBJECT_IDENTIFIER);
    }
    isUTCTime() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.UTC_TIME;
    }
    isGeneralizedTime() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.GENERALIZED_TIME;
    }
    toDER() {
        return this.number | (this.constructed ? 0x20 : 0x00) | (this.class << 6);
    }
}
exports.ASN1Tag = ASN1Tag;


/***/ }),

/***/ 9368:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createPublicKey = createPublicKey;
exports.digest = digest;
exports.verify = verify;
exports.bufferEqual = bufferEqual;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const crypto_1 = __importDefault(__nccwpck_require__(6982));
function createPublicKey(key, type = 'spki') {
    if (typeof key === 'string') {
        if (key.startsWith('-----')) {
            return crypto_1.default.createPublicKey(key);
        }
        else {
            return crypto_1.default.createPublicKey({
                key: Buffer.from(key, 'base64'),
                format: 'der',
                type: type,
            });
        }
    }
    else {
        return crypto_1.default.createPublicKey({ key, format: 'der', type: type });
    }
}
function digest(algorithm, ...data) {
    const hash = crypto_1.default.createHash(algorithm);
    for (const d of data) {
        hash.update(d);
    }
    return hash.digest();
}
function verify(data, key, signature, algorithm) {
    // The try/catch is to work around an issue in Node 14.x where verify throws
    // an error in some scenarios if the signature is invalid.
    try {
        return crypto_1.default.verify(algorithm, data, key, signature);
    }
    catch (e) {
        /* istanbul ignore next */
        return false;
    }
}
function bufferEqual(a, b) {
    try {
        return crypto_1.default.timingSafeEqual(a, b);
    }
    catch {
        /* istanbul ignore next */
        return false;
    }
}


/***/ }),

/***/ 9032:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.preAuthEncoding = preAuthEncoding;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const PAE_PREFIX = 'DSSEv1';
// DSSE Pre-Authentication Encoding
function preAuthEncoding(payloadType, payload) {
    const typeBytes = Buffer.from(payloadType, 'utf-8');
    return Buffer.concat([
        Buffer.from(`${PAE_PREFIX} ${typeBytes.length} `, 'ascii'),
        typeBytes,
        Buffer.from(` ${payload.length} `, 'ascii'),
        payload,
    ]);
}


/***/ }),

/***/ 2788:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.base64Encode = base64Encode;
exports.base64Decode = base64Decode;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const BASE64_ENCODING = 'base64';
const UTF8_ENCODING = 'utf-8';
function base64Encode(str) {
    return Buffer.from(str, UTF8_ENCODING).toString(BASE64_ENCODING);
}
function base64Decode(str) {
    return Buffer.from(str, BASE64_ENCODING).toString(UTF8_ENCODING);
}


/***/ }),

/***/ 3917:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.X509SCTExtension = exports.X509Certificate = exports.EXTENSION_OID_SCT = exports.ByteStream = exports.RFC3161Timestamp = exports.pem = exports.json = exports.encoding = exports.dsse = exports.crypto = exports.ASN1Obj = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var asn1_1 = __nccwpck_require__(6027);
Object.defineProperty(exports, "ASN1Obj", ({ enumerable: true, get: function () { return asn1_1.ASN1Obj; } }));
exports.crypto = __importStar(__nccwpck_require__(9368));
exports.dsse = __importStar(__nccwpck_require__(9032));
exports.encoding = __importStar(__nccwpck_require__(2788));
exports.json = __importStar(__nccwpck_require__(3327));
exports.pem = __importStar(__nccwpck_require__(1055));
var rfc3161_1 = __nccwpck_require__(994);
Object.defineProperty(exports, "RFC3161Timestamp", ({ enumerable: true, get: function () { return rfc3161_1.RFC3161Timestamp; } }));
var stream_1 = __nccwpck_require__(1673);
Object.defineProperty(exports, "ByteStream", ({ enumerable: true, get: function () { return stream_1.ByteStream; } }));
var x509_1 = __nccwpck_require__(9358);
Object.defineProperty(exports, "EXTENSION_OID_SCT", ({ enumerable: true, get: function () { return x509_1.EXTENSION_OID_SCT; } }));
Object.defineProperty(exports, "X509Certificate", ({ enumerable: true, get: function () { return x509_1.X509Certificate; } }));
Object.defineProperty(exports, "X509SCTExtension", ({ enumerable: true, get: function () { return x509_1.X509SCTExtension; } }));


/***/ }),

/***/ 3327:
/***/ ((__unused_webpack_module, exports) => {


/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.canonicalize = canonicalize;
// JSON canonicalization per https://github.com/cyberphone/json-canonicalization
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function canonicalize(object) {
    let buffer = '';
    if (object === null || typeof object !== 'object' || object.toJSON != null) {
        // Primitives or toJSONable objects
        buffer += JSON.stringify(object);
    }
    else if (Array.isArray(object)) {
        // Array - maintain element order
        buffer += '[';
        let first = true;
        object.forEach((element) => {
            if (!first) {
                buffer += ',';
            }
            first = false;
            // recursive call
            buffer += canonicalize(element);
        });
        buffer += ']';
    }
    else {
        // Object - Sort properties before serializing
        buffer += '{';
        let first = true;
        Object.keys(object)
            .sort()
            .forEach((property) => {
            if (!first) {
                buffer += ',';
            }
            first = false;
            buffer += JSON.stringify(property);
            buffer += ':';
            // recursive call
            buffer += canonicalize(object[property]);
        });
        buffer += '}';
    }
    return buffer;
}


/***/ }),

/***/ 1817:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SHA2_HASH_ALGOS = exports.RSA_SIGNATURE_ALGOS = exports.ECDSA_SIGNATURE_ALGOS = void 0;
exports.ECDSA_SIGNATURE_ALGOS = {
    '1.2.840.10045.4.3.1': 'sha224',
    '1.2.840.10045.4.3.2': 'sha256',
    '1.2.840.10045.4.3.3': 'sha384',
    '1.2.840.10045.4.3.4': 'sha512',
};
exports.RSA_SIGNATURE_ALGOS = {
    '1.2.840.113549.1.1.14': 'sha224',
    '1.2.840.113549.1.1.11': 'sha256',
    '1.2.840.113549.1.1.12': 'sha384',
    '1.2.840.113549.1.1.13': 'sha512',
};
exports.SHA2_HASH_ALGOS = {
    '2.16.840.1.101.3.4.2.1': 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512',
};


/***/ }),

/***/ 1055:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toDER = toDER;
exports.fromDER = fromDER;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const PEM_HEADER = /-----BEGIN (.*)-----/;
const PEM_FOOTER = /-----END (.*)-----/;
function toDER(certificate) {
    let der = '';
    certificate.split('\n').forEach((line) => {
        if (line.match(PEM_HEADER) || line.match(PEM_FOOTER)) {
            return;
        }
        der += line;
    });
    return Buffer.from(der, 'base64');
}
// Translates a DER-encoded buffer into a PEM-encoded string. Standard PEM
// encoding dictates that each certificate should have a trailing newline after
// the footer.
function fromDER(certificate, type = 'CERTIFICATE') {
    // Base64-encode the certificate.
    const der = certificate.toString('base64');
    // Split the certificate into lines of 64 characters.
    const lines = der.match(/.{1,64}/g) || '';
    return [`-----BEGIN ${type}-----`, ...lines, `-----END ${type}-----`]
        .join('\n')
        .concat('\n');
}


/***/ }),

/***/ 7512:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RFC3161TimestampVerificationError = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class RFC3161TimestampVerificationError extends Error {
}
exports.RFC3161TimestampVerificationError = RFC3161TimestampVerificationError;


/***/ }),

/***/ 994:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RFC3161Timestamp = void 0;
var timestamp_1 = __nccwpck_require__(2714);
Object.defineProperty(exports, "RFC3161Timestamp", ({ enumerable: true, get: function () { return timestamp_1.RFC3161Timestamp; } }));


/***/ }),

/***/ 2714:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RFC3161Timestamp = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const asn1_1 = __nccwpck_require__(6027);
const crypto = __importStar(__nccwpck_require__(9368));
const oid_1 = __nccwpck_require__(1817);
const error_1 = __nccwpck_require__(7512);
const tstinfo_1 = __nccwpck_require__(2925);
const OID_PKCS9_CONTENT_TYPE_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_PKCS9_CONTENT_TYPE_TSTINFO = '1.2.840.113549.1.9.16.1.4';
const OID_PKCS9_MESSAGE_DIGEST_KEY = '1.2.840.113549.1.9.4';
class RFC3161Timestamp {
    root;
    constructor(asn1) {
        this.root = asn1;
    }
    static parse(der) {
        const asn1 = asn1_1.ASN1Obj.parseBuffer(der);
        return new RFC3161Timestamp(asn1);
    }
    get status() {
        return this.pkiStatusInfoObj.subs[0].toInteger();
    }
    get contentType() {
        return this.contentTypeObj.toOID();
    }
    get eContentType() {
        return this.eContentTypeObj.toOID();
    }
    get signingTime() {
        return this.tstInfo.genTime;
    }
    get signerIssuer() {
        return this.signerSidObj.subs[0].value;
    }
    get signerSerialNumber() {
        return this.signerSidObj.subs[1].value;
    }
    get signerDigestAlgorithm() {
        const oid = this.signerDigestAlgorithmObj.subs[0].toOID();
        return oid_1.SHA2_HASH_ALGOS[oid];
    }
    get signatureAlgorithm() {
        const oid = this.signatureAlgorithmObj.subs[0].toOID();
        return oid_1.ECDSA_SIGNATURE_ALGOS[oid];
    }
    get signatureValue() {
        return this.signatureValueObj.value;
    }
    get tstInfo() {
        // Need to unpack tstInfo from an OCTET STRING
        return new tstinfo_1.TSTInfo(this.eContentObj.subs[0].subs[0]);
    }
    verify(data, publicKey) {
        if (!this.timeStampTokenObj) {
            throw new error_1.RFC3161TimestampVerificationError('timeStampToken is missing');
        }
        // Check for expected ContentInfo content type
        if (this.contentType !== OID_PKCS9_CONTENT_TYPE_SIGNED_DATA) {
            throw new error_1.RFC3161TimestampVerificationError(`incorrect content type: ${this.contentType}`);
        }
        // Check for expected encapsulated content type
        if (this.eContentType !== OID_PKCS9_CONTENT_TYPE_TSTINFO) {
            throw new error_1.RFC3161TimestampVerificationError(`incorrect encapsulated content type: ${this.eContentType}`);
        }
        // Check that the tstInfo references the correct artifact
        this.tstInfo.verify(data);
        // Check that the signed message digest matches the tstInfo
        this.verifyMessageDigest();
        // Check that the signature is valid for the signed attributes
        this.verifySignature(publicKey);
    }
    verifyMessageDigest() {
        // Check that the tstInfo matches the signed data
        const tstInfoDigest = crypto.digest(this.signerDigestAlgorithm, this.tstInfo.raw);
        const expectedDigest = this.messageDigestAttributeObj.subs[1].subs[0].value;
        if (!crypto.bufferEqual(tstInfoDigest, expectedDigest)) {
            throw new error_1.RFC3161TimestampVerificationError('signed data does not match tstInfo');
        }
    }
    verifySignature(key) {
        // Encode the signed attributes for verification
        const signedAttrs = this.signedAttrsObj.toDER();
        signedAttrs[0] = 0x31; // Change context-specific tag to SET
        // Check that the signature is valid for the signed attributes
        const verified = crypto.verify(signedAttrs, key, this.signatureValue, this.signatureAlgorithm);
        if (!verified) {
            throw new error_1.RFC3161TimestampVerificationError('signature verification failed');
        }
    }
    // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
    get pkiStatusInfoObj() {
        // pkiStatusInfo is the first element of the timestamp response sequence
        return this.root.subs[0];
    }
    // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
    get timeStampTokenObj() {
        // timeStampToken is the first element of the timestamp response sequence
        return this.root.subs[1];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-3
    get contentTypeObj() {
        return this.timeStampTokenObj.subs[0];
    }
    // https://www.rfc-editor.org/rfc/rfc5652#section-3
    get signedDataObj() {
        const obj = this.timeStampTokenObj.subs.find((sub) => sub.tag.isContextSpecific(0x00));
        return obj.subs[0];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.1
    get encapContentInfoObj() {
        return this.signedDataObj.subs[2];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.1
    get signerInfosObj() {
        // SignerInfos is the last element of the signed data sequence
        const sd = this.signedDataObj;
        return sd.subs[sd.subs.length - 1];
    }
    // https://www.rfc-editor.org/rfc/rfc5652#section-5.1
    get signerInfoObj() {
        // Only supporting one signer
        return this.signerInfosObj.subs[0];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.2
    get eContentTypeObj() {
        return this.encapContentInfoObj.subs[0];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.2
    get eContentObj() {
        return this.encapContentInfoObj.subs[1];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get signedAttrsObj() {
        const signedAttrs = this.signerInfoObj.subs.find((sub) => sub.tag.isContextSpecific(0x00));
        return signedAttrs;
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get messageDigestAttributeObj() {
        const messageDigest = this.signedAttrsObj.subs.find((sub) => sub.subs[0].tag.isOID() &&
            sub.subs[0].toOID() === OID_PKCS9_MESSAGE_DIGEST_KEY);
        return messageDigest;
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get signerSidObj() {
        return this.signerInfoObj.subs[1];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get signerDigestAlgorithmObj() {
        // Signature is the 2nd element of the signerInfoObj object
        return this.signerInfoObj.subs[2];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get signatureAlgorithmObj() {
        // Signature is the 4th element of the signerInfoObj object
        return this.signerInfoObj.subs[4];
    }
    // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
    get signatureValueObj() {
        // Signature is the 6th element of the signerInfoObj object
        return this.signerInfoObj.subs[5];
    }
}
exports.RFC3161Timestamp = RFC3161Timestamp;


/***/ }),

/***/ 2925:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TSTInfo = void 0;
const crypto = __importStar(__nccwpck_require__(9368));
const oid_1 = __nccwpck_require__(1817);
const error_1 = __nccwpck_require__(7512);
class TSTInfo {
    root;
    constructor(asn1) {
        this.root = asn1;
    }
    get version() {
        return this.root.subs[0].toInteger();
    }
    get genTime() {
        return this.root.subs[4].toDate();
    }
    get messageImprintHashAlgorithm() {
        const oid = this.messageImprintObj.subs[0].subs[0].toOID();
        return oid_1.SHA2_HASH_ALGOS[oid];
    }
    get messageImprintHashedMessage() {
        return this.messageImprintObj.subs[1].value;
    }
    get raw() {
        return this.root.toDER();
    }
    verify(data) {
        const digest = crypto.digest(this.messageImprintHashAlgorithm, data);
        if (!crypto.bufferEqual(digest, this.messageImprintHashedMessage)) {
            throw new error_1.RFC3161TimestampVerificationError('message imprint does not match artifact');
        }
    }
    // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
    get messageImprintObj() {
        return this.root.subs[2];
    }
}
exports.TSTInfo = TSTInfo;


/***/ }),

/***/ 1673:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ByteStream = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class StreamError extends Error {
}
class ByteStream {
    static BLOCK_SIZE = 1024;
    buf;
    view;
    start = 0;
    constructor(buffer) {
        if (buffer) {
            this.buf = buffer;
            this.view = Buffer.from(buffer);
        }
        else {
            this.buf = Buffer.alloc(0);
            this.view = Buffer.from(this.buf);
        }
    }
    get buffer() {
        return this.view.subarray(0, this.start);
    }
    get length() {
        return this.view.byteLength;
    }
    get position() {
        return this.start;
    }
    seek(position) {
        this.start = position;
    }
    // Returns a Buffer containing the specified number of bytes starting at the
    // given start position.
    slice(start, len) {
        const end = start + len;
        if (end > this.length) {
            throw new StreamError('request past end of buffer');
        }
        return this.view.subarray(start, end);
    }
    appendChar(char) {
        this.ensureCapacity(1);
        this.view[this.start] = char;
        this.start += 1;
    }
    appendUint16(num) {
        this.ensureCapacity(2);
        const value = new Uint16Array([num]);
        const view = new Uint8Array(value.buffer);
        this.view[this.start] = view[1];
        this.view[this.start + 1] = view[0];
        this.start += 2;
    }
    appendUint24(num) {
        this.ensureCapacity(3);
        const value = new Uint32Array([num]);
        const view = new Uint8Array(value.buffer);
        this.view[this.start] = view[2];
        this.view[this.start + 1] = view[1];
        this.view[this.start + 2] = view[0];
        this.start += 3;
    }
    appendView(view) {
        this.ensureCapacity(view.length);
        this.view.set(view, this.start);
        this.start += view.length;
    }
    getBlock(size) {
        if (size <= 0) {
            return Buffer.alloc(0);
        }
        if (this.start + size > this.view.length) {
            throw new Error('request past end of buffer');
        }
        const result = this.view.subarray(this.start, this.start + size);
        this.start += size;
        return result;
    }
    getUint8() {
        return this.getBlock(1)[0];
    }
    getUint16() {
        const block = this.getBlock(2);
        return (block[0] << 8) | block[1];
    }
    ensureCapacity(size) {
        if (this.start + size > this.view.byteLength) {
            const blockSize = ByteStream.BLOCK_SIZE + (size > ByteStream.BLOCK_SIZE ? size : 0);
            this.realloc(this.view.byteLength + blockSize);
        }
    }
    realloc(size) {
        const newArray = Buffer.alloc(size);
        const newView = Buffer.from(newArray);
        // Copy the old buffer into the new one
        newView.set(this.view);
        this.buf = newArray;
        this.view = newView;
    }
}
exports.ByteStream = ByteStream;


/***/ }),

/***/ 3566:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.X509Certificate = exports.EXTENSION_OID_SCT = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const asn1_1 = __nccwpck_require__(6027);
const crypto = __importStar(__nccwpck_require__(9368));
const oid_1 = __nccwpck_require__(1817);
const pem = __importStar(__nccwpck_require__(1055));
const ext_1 = __nccwpck_require__(6389);
const EXTENSION_OID_SUBJECT_KEY_ID = '2.5.29.14';
const EXTENSION_OID_KEY_USAGE = '2.5.29.15';
const EXTENSION_OID_SUBJECT_ALT_NAME = '2.5.29.17';
const EXTENSION_OID_BASIC_CONSTRAINTS = '2.5.29.19';
const EXTENSION_OID_AUTHORITY_KEY_ID = '2.5.29.35';
exports.EXTENSION_OID_SCT = '1.3.6.1.4.1.11129.2.4.2';
class X509Certificate {
    root;
    constructor(asn1) {
        this.root = asn1;
    }
    static parse(cert) {
        const der = typeof cert === 'string' ? pem.toDER(cert) : cert;
        const asn1 = asn1_1.ASN1Obj.parseBuffer(der);
        return new X509Certificate(asn1);
    }
    get tbsCertificate() {
        return this.tbsCertificateObj;
    }
    get version() {
        // version number is the first element of the version context specific tag
        const ver = this.versionObj.subs[0].toInteger();
        return `v${(ver + BigInt(1)).toString()}`;
    }
    get serialNumber() {
        return this.serialNumberObj.value;
    }
    get notBefore() {
        // notBefore is the first element of the validity sequence
        return this.validityObj.subs[0].toDate();
    }
    get notAfter() {
        // notAfter is the second element of the validity sequence
        return this.validityObj.subs[1].toDate();
    }
    get issuer() {
        return this.issuerObj.value;
    }
    get subject() {
        return this.subjectObj.value;
    }
    get publicKey() {
        return this.subjectPublicKeyInfoObj.toDER();
    }
    get signatureAlgorithm() {
        const oid = this.signatureAlgorithmObj.subs[0].toOID();
        if (oid_1.RSA_SIGNATURE_ALGOS[oid]) {
            return oid_1.RSA_SIGNATURE_ALGOS[oid];
        }
        return oid_1.ECDSA_SIGNATURE_ALGOS[oid];
    }
    get signatureValue() {
        // Signature value is a bit string, so we need to skip the first byte
        return this.signatureValueObj.value.subarray(1);
    }
    get subjectAltName() {
        const ext = this.extSubjectAltName;
        return ext?.uri || /* istanbul ignore next */ ext?.rfc822Name;
    }
    get extensions() {
        // The extension list is the first (and only) element of the extensions
        // context specific tag
        /* istanbul ignore next */
        const extSeq = this.extensionsObj?.subs[0];
        /* istanbul ignore next */
        return extSeq?.subs || [];
    }
    get extKeyUsage() {
        const ext = this.findExtension(EXTENSION_OID_KEY_USAGE);
        return ext ? new ext_1.X509KeyUsageExtension(ext) : undefined;
    }
    get extBasicConstraints() {
        const ext = this.findExtension(EXTENSION_OID_BASIC_CONSTRAINTS);
        return ext ? new ext_1.X509BasicConstraintsExtension(ext) : undefined;
    }
    get extSubjectAltName() {
        const ext = this.findExtension(EXTENSION_OID_SUBJECT_ALT_NAME);
        return ext ? new ext_1.X509SubjectAlternativeNameExtension(ext) : undefined;
    }
    get extAuthorityKeyID() {
        const ext = this.findExtension(EXTENSION_OID_AUTHORITY_KEY_ID);
        return ext ? new ext_1.X509AuthorityKeyIDExtension(ext) : undefined;
    }
    get extSubjectKeyID() {
        const ext = this.findExtension(EXTENSION_OID_SUBJECT_KEY_ID);
        return ext
            ? new ext_1.X509SubjectKeyIDExtension(ext)
            : /* istanbul ignore next */ undefined;
    }
    get extSCT() {
        const ext = this.findExtension(exports.EXTENSION_OID_SCT);
        return ext ? new ext_1.X509SCTExtension(ext) : undefined;
    }
    get isCA() {
        const ca = this.extBasicConstraints?.isCA || false;
        // If the KeyUsage extension is present, keyCertSign must be set
        /* istanbul ignore else */
        if (this.extKeyUsage) {
            return ca && this.extKeyUsage.keyCertSign;
        }
        // TODO: test coverage for this case
        /* istanbul ignore next */
        return ca;
    }
    extension(oid) {
        const ext = this.findExtension(oid);
        return ext ? new ext_1.X509Extension(ext) : undefined;
    }
    verify(issuerCertificate) {
        // Use the issuer's public key if provided, otherwise use the subject's
        const publicKey = issuerCertificate?.publicKey || this.publicKey;
        const key = crypto.createPublicKey(publicKey);
        return crypto.verify(this.tbsCertificate.toDER(), key, this.signatureValue, this.signatureAlgorithm);
    }
    validForDate(date) {
        return this.notBefore <= date && date <= this.notAfter;
    }
    equals(other) {
        return this.root.toDER().equals(other.root.toDER());
    }
    // Creates a copy of the certificate with a new buffer
    clone() {
        const der = this.root.toDER();
        const clone = Buffer.alloc(der.length);
        der.copy(clone);
        return X509Certificate.parse(clone);
    }
    findExtension(oid) {
        // Find the extension with the given OID. The OID will always be the first
        // element of the extension sequence
        return this.extensions.find((ext) => ext.subs[0].toOID() === oid);
    }
    /////////////////////////////////////////////////////////////////////////////
    // The following properties use the documented x509 structure to locate the
    // desired ASN.1 object
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.1
    get tbsCertificateObj() {
        // tbsCertificate is the first element of the certificate sequence
        return this.root.subs[0];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.2
    get signatureAlgorithmObj() {
        // signatureAlgorithm is the second element of the certificate sequence
        return this.root.subs[1];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.3
    get signatureValueObj() {
        // signatureValue is the third element of the certificate sequence
        return this.root.subs[2];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.1
    get versionObj() {
        // version is the first element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[0];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.2
    get serialNumberObj() {
        // serialNumber is the second element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[1];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.4
    get issuerObj() {
        // issuer is the fourth element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[3];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5
    get validityObj() {
        // version is the fifth element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[4];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.6
    get subjectObj() {
        // subject is the sixth element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[5];
    }
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.7
    get subjectPublicKeyInfoObj() {
        // subjectPublicKeyInfo is the seventh element of the tbsCertificate sequence
        return this.tbsCertificateObj.subs[6];
    }
    // Extensions can't be located by index because their position varies. Instead,
    // we need to find the extensions context specific tag
    // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.9
    get extensionsObj() {
        return this.tbsCertificateObj.subs.find((sub) => sub.tag.isContextSpecific(0x03));
    }
}
exports.X509Certificate = X509Certificate;


/***/ }),

/***/ 6389:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.X509SCTExtension = exports.X509SubjectKeyIDExtension = exports.X509AuthorityKeyIDExtension = exports.X509SubjectAlternativeNameExtension = exports.X509KeyUsageExtension = exports.X509BasicConstraintsExtension = exports.X509Extension = void 0;
const stream_1 = __nccwpck_require__(1673);
const sct_1 = __nccwpck_require__(6144);
// https://www.rfc-editor.org/rfc/rfc5280#section-4.1
class X509Extension {
    root;
    constructor(asn1) {
        this.root = asn1;
    }
    get oid() {
        return this.root.subs[0].toOID();
    }
    get critical() {
        // The critical field is optional and will be the second element of the
        // extension sequence if present. Default to false if not present.
        return this.root.subs.length === 3 ? this.root.subs[1].toBoolean() : false;
    }
    get value() {
        return this.extnValueObj.value;
    }
    get valueObj() {
        return this.extnValueObj;
    }
    get extnValueObj() {
        // The extnValue field will be the last element of the extension sequence
        return this.root.subs[this.root.subs.length - 1];
    }
}
exports.X509Extension = X509Extension;
// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.9
class X509BasicConstraintsExtension extends X509Extension {
    get isCA() {
        return this.sequence.subs[0]?.toBoolean() ?? false;
    }
    get pathLenConstraint() {
        return this.sequence.subs.length > 1
            ? this.sequence.subs[1].toInteger()
            : undefined;
    }
    // The extnValue field contains a single sequence wrapping the isCA and
    // pathLenConstraint.
    get sequence() {
        return this.extnValueObj.subs[0];
    }
}
exports.X509BasicConstraintsExtension = X509BasicConstraintsExtension;
// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.3
class X509KeyUsageExtension extends X509Extension {
    get digitalSignature() {
        return this.bitString[0] === 1;
    }
    get keyCertSign() {
        return this.bitString[5] === 1;
    }
    get crlSign() {
        return this.bitString[6] === 1;
    }
    // The extnValue field contains a single bit string which is a bit mask
    // indicating which key usages are enabled.
    get bitString() {
        return this.extnValueObj.subs[0].toBitString();
    }
}
exports.X509KeyUsageExtension = X509KeyUsageExtension;
// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.6
class X509SubjectAlternativeNameExtension extends X509Extension {
    get rfc822Name() {
        return this.findGeneralName(0x01)?.value.toString('ascii');
    }
    get uri() {
        return this.findGeneralName(0x06)?.value.toString('ascii');
    }
    // Retrieve the value of an otherName with the given OID.
    otherName(oid) {
        const otherName = this.findGeneralName(0x00);
        if (otherName === undefined) {
            return undefined;
        }
        // The otherName is a sequence containing an OID and a value.
        // Need to check that the OID matches the one we're looking for.
        const otherNameOID = otherName.subs[0].toOID();
        if (otherNameOID !== oid) {
            return undefined;
        }
        // The otherNameValue is a sequence containing the actual value.
        const otherNameValue = otherName.subs[1];
        return otherNameValue.subs[0].value.toString('ascii');
    }
    findGeneralName(tag) {
        return this.generalNames.find((gn) => gn.tag.isContextSpecific(tag));
    }
    // The extnValue field contains a sequence of GeneralNames.
    get generalNames() {
        return this.extnValueObj.subs[0].subs;
    }
}
exports.X509SubjectAlternativeNameExtension = X509SubjectAlternativeNameExtension;
// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.1
class X509AuthorityKeyIDExtension extends X509Extension {
    get keyIdentifier() {
        return this.findSequenceMember(0x00)?.value;
    }
    findSequenceMember(tag) {
        return this.sequence.subs.find((el) => el.tag.isContextSpecific(tag));
    }
    // The extnValue field contains a single sequence wrapping the keyIdentifier
    get sequence() {
        return this.extnValueObj.subs[0];
    }
}
exports.X509AuthorityKeyIDExtension = X509AuthorityKeyIDExtension;
// https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.2
class X509SubjectKeyIDExtension extends X509Extension {
    get keyIdentifier() {
        return this.extnValueObj.subs[0].value;
    }
}
exports.X509SubjectKeyIDExtension = X509SubjectKeyIDExtension;
// https://www.rfc-editor.org/rfc/rfc6962#section-3.3
class X509SCTExtension extends X509Extension {
    constructor(asn1) {
        super(asn1);
    }
    get signedCertificateTimestamps() {
        const buf = this.extnValueObj.subs[0].value;
        const stream = new stream_1.ByteStream(buf);
        // The overall list length is encoded in the first two bytes -- note this
        // is the length of the list in bytes, NOT the number of SCTs in the list
        const end = stream.getUint16() + 2;
        const sctList = [];
        while (stream.position < end) {
            // Read the length of the next SCT
            const sctLength = stream.getUint16();
            // Slice out the bytes for the next SCT and parse it
            const sct = stream.getBlock(sctLength);
            sctList.push(sct_1.SignedCertificateTimestamp.parse(sct));
        }
        if (stream.position !== end) {
            throw new Error('SCT list length does not match actual length');
        }
        return sctList;
    }
}
exports.X509SCTExtension = X509SCTExtension;


/***/ }),

/***/ 9358:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.X509SCTExtension = exports.X509Certificate = exports.EXTENSION_OID_SCT = void 0;
var cert_1 = __nccwpck_require__(3566);
Object.defineProperty(exports, "EXTENSION_OID_SCT", ({ enumerable: true, get: function () { return cert_1.EXTENSION_OID_SCT; } }));
Object.defineProperty(exports, "X509Certificate", ({ enumerable: true, get: function () { return cert_1.X509Certificate; } }));
var ext_1 = __nccwpck_require__(6389);
Object.defineProperty(exports, "X509SCTExtension", ({ enumerable: true, get: function () { return ext_1.X509SCTExtension; } }));


/***/ }),

/***/ 6144:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SignedCertificateTimestamp = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const crypto = __importStar(__nccwpck_require__(9368));
const stream_1 = __nccwpck_require__(1673);
class SignedCertificateTimestamp {
    version;
    logID;
    timestamp;
    extensions;
    hashAlgorithm;
    signatureAlgorithm;
    signature;
    constructor(options) {
        this.version = options.version;
        this.logID = options.logID;
        this.timestamp = options.timestamp;
        this.extensions = options.extensions;
        this.hashAlgorithm = options.hashAlgorithm;
        this.signatureAlgorithm = options.signatureAlgorithm;
        this.signature = options.signature;
    }
    get datetime() {
        return new Date(Number(this.timestamp.readBigInt64BE()));
    }
    // Returns the hash algorithm used to generate the SCT's signature.
    // https://www.rfc-editor.org/rfc/rfc5246#section-7.4.1.4.1
    get algorithm() {
        switch (this.hashAlgorithm) {
            /* istanbul ignore next */
            case 0:
                return 'none';
            /* istanbul ignore next */
            case 1:
                return 'md5';
            /* istanbul ignore next */
            case 2:
                return 'sha1';
            /* istanbul ignore next */
            case 3:
                return 'sha224';
            case 4:
                return 'sha256';
            /* istanbul ignore next */
            case 5:
                return 'sha384';
            /* istanbul ignore next */
            case 6:
                return 'sha512';
            /* istanbul ignore next */
            default:
                return 'unknown';
        }
    }
    verify(preCert, key) {
        // Assemble the digitally-signed struct (the data over which the signature
        // was generated).
        // https://www.rfc-editor.org/rfc/rfc6962#section-3.2
        const stream = new stream_1.ByteStream();
        stream.appendChar(this.version);
        stream.appendChar(0x00); // SignatureType = certificate_timestamp(0)
        stream.appendView(this.timestamp);
        stream.appendUint16(0x01); // LogEntryType = precert_entry(1)
        stream.appendView(preCert);
        stream.appendUint16(this.extensions.byteLength);
        /* istanbul ignore next - extensions are very uncommon */
        if (this.extensions.byteLength > 0) {
            stream.appendView(this.extensions);
        }
        return crypto.verify(stream.buffer, key, this.signature, this.algorithm);
    }
    // Parses a SignedCertificateTimestamp from a buffer. SCTs are encoded using
    // TLS encoding which means the fields and lengths of most fields are
    // specified as part of the SCT and TLS specs.
    // https://www.rfc-editor.org/rfc/rfc6962#section-3.2
    // https://www.rfc-editor.org/rfc/rfc5246#section-7.4.1.4.1
    static parse(buf) {
        const stream = new stream_1.ByteStream(buf);
        // Version - enum { v1(0), (255) }
        const version = stream.getUint8();
        // Log ID  - struct { opaque key_id[32]; }
        const logID = stream.getBlock(32);
        // Timestamp - uint64
        const timestamp = stream.getBlock(8);
        // Extensions - opaque extensions<0..2^16-1>;
        const extenstionLength = stream.getUint16();
        const extensions = stream.getBlock(extenstionLength);
        // Hash algo - enum { sha256(4), . . . (255) }
        const hashAlgorithm = stream.getUint8();
        // Signature algo - enum { anonymous(0), rsa(1), dsa(2), ecdsa(3), (255) }
        const signatureAlgorithm = stream.getUint8();
        // Signature  - opaque signature<0..2^16-1>;
        const sigLength = stream.getUint16();
        const signature = stream.getBlock(sigLength);
        // Check that we read the entire buffer
        if (stream.position !== buf.length) {
            throw new Error('SCT buffer length mismatch');
        }
        return new SignedCertificateTimestamp({
            version,
            logID,
            timestamp,
            extensions,
            hashAlgorithm,
            signatureAlgorithm,
            signature,
        });
    }
}
exports.SignedCertificateTimestamp = SignedCertificateTimestamp;


/***/ }),

/***/ 7030:
/***/ ((__unused_webpack_module, exports) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: envelope.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Signature = exports.Envelope = void 0;
exports.Envelope = {
    fromJSON(object) {
        return {
            payload: isSet(object.payload) ? Buffer.from(bytesFromBase64(object.payload)) : Buffer.alloc(0),
            payloadType: isSet(object.payloadType) ? globalThis.String(object.payloadType) : "",
            signatures: globalThis.Array.isArray(object?.signatures)
                ? object.signatures.map((e) => exports.Signature.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.payload.length !== 0) {
            obj.payload = base64FromBytes(message.payload);
        }
        if (message.payloadType !== "") {
            obj.payloadType = message.payloadType;
        }
        if (message.signatures?.length) {
            obj.signatures = message.signatures.map((e) => exports.Signature.toJSON(e));
        }
        return obj;
    },
};
exports.Signature = {
    fromJSON(object) {
        return {
            sig: isSet(object.sig) ? Buffer.from(bytesFromBase64(object.sig)) : Buffer.alloc(0),
            keyid: isSet(object.keyid) ? globalThis.String(object.keyid) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.sig.length !== 0) {
            obj.sig = base64FromBytes(message.sig);
        }
        if (message.keyid !== "") {
            obj.keyid = message.keyid;
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 5000:
/***/ ((__unused_webpack_module, exports) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: google/protobuf/timestamp.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Timestamp = void 0;
exports.Timestamp = {
    fromJSON(object) {
        return {
            seconds: isSet(object.seconds) ? globalThis.String(object.seconds) : "0",
            nanos: isSet(object.nanos) ? globalThis.Number(object.nanos) : 0,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.seconds !== "0") {
            obj.seconds = message.seconds;
        }
        if (message.nanos !== 0) {
            obj.nanos = Math.round(message.nanos);
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 6764:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: rekor/v2/dsse.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DSSELogEntryV002 = exports.DSSERequestV002 = void 0;
/* eslint-disable */
const envelope_1 = __nccwpck_require__(7030);
const sigstore_common_1 = __nccwpck_require__(5334);
const verifier_1 = __nccwpck_require__(7543);
exports.DSSERequestV002 = {
    fromJSON(object) {
        return {
            envelope: isSet(object.envelope) ? envelope_1.Envelope.fromJSON(object.envelope) : undefined,
            verifiers: globalThis.Array.isArray(object?.verifiers)
                ? object.verifiers.map((e) => verifier_1.Verifier.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.envelope !== undefined) {
            obj.envelope = envelope_1.Envelope.toJSON(message.envelope);
        }
        if (message.verifiers?.length) {
            obj.verifiers = message.verifiers.map((e) => verifier_1.Verifier.toJSON(e));
        }
        return obj;
    },
};
exports.DSSELogEntryV002 = {
    fromJSON(object) {
        return {
            payloadHash: isSet(object.payloadHash) ? sigstore_common_1.HashOutput.fromJSON(object.payloadHash) : undefined,
            signatures: globalThis.Array.isArray(object?.signatures)
                ? object.signatures.map((e) => verifier_1.Signature.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.payloadHash !== undefined) {
            obj.payloadHash = sigstore_common_1.HashOutput.toJSON(message.payloadHash);
        }
        if (message.signatures?.length) {
            obj.signatures = message.signatures.map((e) => verifier_1.Signature.toJSON(e));
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 381:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: rekor/v2/entry.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CreateEntryRequest = exports.Spec = exports.Entry = void 0;
/* eslint-disable */
const dsse_1 = __nccwpck_require__(6764);
const hashedrekord_1 = __nccwpck_require__(4969);
exports.Entry = {
    fromJSON(object) {
        return {
            kind: isSet(object.kind) ? globalThis.String(object.kind) : "",
            apiVersion: isSet(object.apiVersion) ? globalThis.String(object.apiVersion) : "",
            spec: isSet(object.spec) ? exports.Spec.fromJSON(object.spec) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.kind !== "") {
            obj.kind = message.kind;
        }
        if (message.apiVersion !== "") {
            obj.apiVersion = message.apiVersion;
        }
        if (message.spec !== undefined) {
            obj.spec = exports.Spec.toJSON(message.spec);
        }
        return obj;
    },
};
exports.Spec = {
    fromJSON(object) {
        return {
            spec: isSet(object.hashedRekordV002)
                ? { $case: "hashedRekordV002", hashedRekordV002: hashedrekord_1.HashedRekordLogEntryV002.fromJSON(object.hashedRekordV002) }
                : isSet(object.dsseV002)
                    ? { $case: "dsseV002", dsseV002: dsse_1.DSSELogEntryV002.fromJSON(object.dsseV002) }
                    : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.spec?.$case === "hashedRekordV002") {
            obj.hashedRekordV002 = hashedrekord_1.HashedRekordLogEntryV002.toJSON(message.spec.hashedRekordV002);
        }
        else if (message.spec?.$case === "dsseV002") {
            obj.dsseV002 = dsse_1.DSSELogEntryV002.toJSON(message.spec.dsseV002);
        }
        return obj;
    },
};
exports.CreateEntryRequest = {
    fromJSON(object) {
        return {
            spec: isSet(object.hashedRekordRequestV002)
                ? {
                    $case: "hashedRekordRequestV002",
                    hashedRekordRequestV002: hashedrekord_1.HashedRekordRequestV002.fromJSON(object.hashedRekordRequestV002),
                }
                : isSet(object.dsseRequestV002)
                    ? { $case: "dsseRequestV002", dsseRequestV002: dsse_1.DSSERequestV002.fromJSON(object.dsseRequestV002) }
                    : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.spec?.$case === "hashedRekordRequestV002") {
            obj.hashedRekordRequestV002 = hashedrekord_1.HashedRekordRequestV002.toJSON(message.spec.hashedRekordRequestV002);
        }
        else if (message.spec?.$case === "dsseRequestV002") {
            obj.dsseRequestV002 = dsse_1.DSSERequestV002.toJSON(message.spec.dsseRequestV002);
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 4969:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: rekor/v2/hashedrekord.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HashedRekordLogEntryV002 = exports.HashedRekordRequestV002 = void 0;
/* eslint-disable */
const sigstore_common_1 = __nccwpck_require__(5334);
const verifier_1 = __nccwpck_require__(7543);
exports.HashedRekordRequestV002 = {
    fromJSON(object) {
        return {
            digest: isSet(object.digest) ? Buffer.from(bytesFromBase64(object.digest)) : Buffer.alloc(0),
            signature: isSet(object.signature) ? verifier_1.Signature.fromJSON(object.signature) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.digest.length !== 0) {
            obj.digest = base64FromBytes(message.digest);
        }
        if (message.signature !== undefined) {
            obj.signature = verifier_1.Signature.toJSON(message.signature);
        }
        return obj;
    },
};
exports.HashedRekordLogEntryV002 = {
    fromJSON(object) {
        return {
            data: isSet(object.data) ? sigstore_common_1.HashOutput.fromJSON(object.data) : undefined,
            signature: isSet(object.signature) ? verifier_1.Signature.fromJSON(object.signature) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.data !== undefined) {
            obj.data = sigstore_common_1.HashOutput.toJSON(message.data);
        }
        if (message.signature !== undefined) {
            obj.signature = verifier_1.Signature.toJSON(message.signature);
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 7543:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: rekor/v2/verifier.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Signature = exports.Verifier = exports.PublicKey = void 0;
/* eslint-disable */
const sigstore_common_1 = __nccwpck_require__(5334);
exports.PublicKey = {
    fromJSON(object) {
        return { rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : Buffer.alloc(0) };
    },
    toJSON(message) {
        const obj = {};
        if (message.rawBytes.length !== 0) {
            obj.rawBytes = base64FromBytes(message.rawBytes);
        }
        return obj;
    },
};
exports.Verifier = {
    fromJSON(object) {
        return {
            verifier: isSet(object.publicKey)
                ? { $case: "publicKey", publicKey: exports.PublicKey.fromJSON(object.publicKey) }
                : isSet(object.x509Certificate)
                    ? { $case: "x509Certificate", x509Certificate: sigstore_common_1.X509Certificate.fromJSON(object.x509Certificate) }
                    : undefined,
            keyDetails: isSet(object.keyDetails) ? (0, sigstore_common_1.publicKeyDetailsFromJSON)(object.keyDetails) : 0,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.verifier?.$case === "publicKey") {
            obj.publicKey = exports.PublicKey.toJSON(message.verifier.publicKey);
        }
        else if (message.verifier?.$case === "x509Certificate") {
            obj.x509Certificate = sigstore_common_1.X509Certificate.toJSON(message.verifier.x509Certificate);
        }
        if (message.keyDetails !== 0) {
            obj.keyDetails = (0, sigstore_common_1.publicKeyDetailsToJSON)(message.keyDetails);
        }
        return obj;
    },
};
exports.Signature = {
    fromJSON(object) {
        return {
            content: isSet(object.content) ? Buffer.from(bytesFromBase64(object.content)) : Buffer.alloc(0),
            verifier: isSet(object.verifier) ? exports.Verifier.fromJSON(object.verifier) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.content.length !== 0) {
            obj.content = base64FromBytes(message.content);
        }
        if (message.verifier !== undefined) {
            obj.verifier = exports.Verifier.toJSON(message.verifier);
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 715:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_bundle.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Bundle = exports.VerificationMaterial = exports.TimestampVerificationData = void 0;
/* eslint-disable */
const envelope_1 = __nccwpck_require__(7030);
const sigstore_common_1 = __nccwpck_require__(5334);
const sigstore_rekor_1 = __nccwpck_require__(5204);
exports.TimestampVerificationData = {
    fromJSON(object) {
        return {
            rfc3161Timestamps: globalThis.Array.isArray(object?.rfc3161Timestamps)
                ? object.rfc3161Timestamps.map((e) => sigstore_common_1.RFC3161SignedTimestamp.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.rfc3161Timestamps?.length) {
            obj.rfc3161Timestamps = message.rfc3161Timestamps.map((e) => sigstore_common_1.RFC3161SignedTimestamp.toJSON(e));
        }
        return obj;
    },
};
exports.VerificationMaterial = {
    fromJSON(object) {
        return {
            content: isSet(object.publicKey)
                ? { $case: "publicKey", publicKey: sigstore_common_1.PublicKeyIdentifier.fromJSON(object.publicKey) }
                : isSet(object.x509CertificateChain)
                    ? {
                        $case: "x509CertificateChain",
                        x509CertificateChain: sigstore_common_1.X509CertificateChain.fromJSON(object.x509CertificateChain),
                    }
                    : isSet(object.certificate)
                        ? { $case: "certificate", certificate: sigstore_common_1.X509Certificate.fromJSON(object.certificate) }
                        : undefined,
            tlogEntries: globalThis.Array.isArray(object?.tlogEntries)
                ? object.tlogEntries.map((e) => sigstore_rekor_1.TransparencyLogEntry.fromJSON(e))
                : [],
            timestampVerificationData: isSet(object.timestampVerificationData)
                ? exports.TimestampVerificationData.fromJSON(object.timestampVerificationData)
                : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.content?.$case === "publicKey") {
            obj.publicKey = sigstore_common_1.PublicKeyIdentifier.toJSON(message.content.publicKey);
        }
        else if (message.content?.$case === "x509CertificateChain") {
            obj.x509CertificateChain = sigstore_common_1.X509CertificateChain.toJSON(message.content.x509CertificateChain);
        }
        else if (message.content?.$case === "certificate") {
            obj.certificate = sigstore_common_1.X509Certificate.toJSON(message.content.certificate);
        }
        if (message.tlogEntries?.length) {
            obj.tlogEntries = message.tlogEntries.map((e) => sigstore_rekor_1.TransparencyLogEntry.toJSON(e));
        }
        if (message.timestampVerificationData !== undefined) {
            obj.timestampVerificationData = exports.TimestampVerificationData.toJSON(message.timestampVerificationData);
        }
        return obj;
    },
};
exports.Bundle = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            verificationMaterial: isSet(object.verificationMaterial)
                ? exports.VerificationMaterial.fromJSON(object.verificationMaterial)
                : undefined,
            content: isSet(object.messageSignature)
                ? { $case: "messageSignature", messageSignature: sigstore_common_1.MessageSignature.fromJSON(object.messageSignature) }
                : isSet(object.dsseEnvelope)
                    ? { $case: "dsseEnvelope", dsseEnvelope: envelope_1.Envelope.fromJSON(object.dsseEnvelope) }
                    : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.verificationMaterial !== undefined) {
            obj.verificationMaterial = exports.VerificationMaterial.toJSON(message.verificationMaterial);
        }
        if (message.content?.$case === "messageSignature") {
            obj.messageSignature = sigstore_common_1.MessageSignature.toJSON(message.content.messageSignature);
        }
        else if (message.content?.$case === "dsseEnvelope") {
            obj.dsseEnvelope = envelope_1.Envelope.toJSON(message.content.dsseEnvelope);
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 5334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_common.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TimeRange = exports.X509CertificateChain = exports.SubjectAlternativeName = exports.X509Certificate = exports.DistinguishedName = exports.ObjectIdentifierValuePair = exports.ObjectIdentifier = exports.PublicKeyIdentifier = exports.PublicKey = exports.RFC3161SignedTimestamp = exports.LogId = exports.MessageSignature = exports.HashOutput = exports.SubjectAlternativeNameType = exports.PublicKeyDetails = exports.HashAlgorithm = void 0;
exports.hashAlgorithmFromJSON = hashAlgorithmFromJSON;
exports.hashAlgorithmToJSON = hashAlgorithmToJSON;
exports.publicKeyDetailsFromJSON = publicKeyDetailsFromJSON;
exports.publicKeyDetailsToJSON = publicKeyDetailsToJSON;
exports.subjectAlternativeNameTypeFromJSON = subjectAlternativeNameTypeFromJSON;
exports.subjectAlternativeNameTypeToJSON = subjectAlternativeNameTypeToJSON;
/* eslint-disable */
const timestamp_1 = __nccwpck_require__(5000);
/**
 * Only a subset of the secure hash standard algorithms are supported.
 * See <https://nvlpubs.nist.gov/nistpubs/FIPS/NIST.FIPS.180-4.pdf> for more
 * details.
 * UNSPECIFIED SHOULD not be used, primary reason for inclusion is to force
 * any proto JSON serialization to emit the used hash algorithm, as default
 * option is to *omit* the default value of an enum (which is the first
 * value, represented by '0'.
 */
var HashAlgorithm;
(function (HashAlgorithm) {
    HashAlgorithm[HashAlgorithm["HASH_ALGORITHM_UNSPECIFIED"] = 0] = "HASH_ALGORITHM_UNSPECIFIED";
    HashAlgorithm[HashAlgorithm["SHA2_256"] = 1] = "SHA2_256";
    HashAlgorithm[HashAlgorithm["SHA2_384"] = 2] = "SHA2_384";
    HashAlgorithm[HashAlgorithm["SHA2_512"] = 3] = "SHA2_512";
    /**
     * SHA3_256 - Used for LMS
     *
     * @deprecated
     */
    HashAlgorithm[HashAlgorithm["SHA3_256"] = 4] = "SHA3_256";
    /**
     * SHA3_384 - Used for LMS
     *
     * @deprecated
     */
    HashAlgorithm[HashAlgorithm["SHA3_384"] = 5] = "SHA3_384";
})(HashAlgorithm || (exports.HashAlgorithm = HashAlgorithm = {}));
function hashAlgorithmFromJSON(object) {
    switch (object) {
        case 0:
        case "HASH_ALGORITHM_UNSPECIFIED":
            return HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED;
        case 1:
        case "SHA2_256":
            return HashAlgorithm.SHA2_256;
        case 2:
        case "SHA2_384":
            return HashAlgorithm.SHA2_384;
        case 3:
        case "SHA2_512":
            return HashAlgorithm.SHA2_512;
        case 4:
        case "SHA3_256":
            return HashAlgorithm.SHA3_256;
        case 5:
        case "SHA3_384":
            return HashAlgorithm.SHA3_384;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum HashAlgorithm");
    }
}
function hashAlgorithmToJSON(object) {
    switch (object) {
        case HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED:
            return "HASH_ALGORITHM_UNSPECIFIED";
        case HashAlgorithm.SHA2_256:
            return "SHA2_256";
        case HashAlgorithm.SHA2_384:
            return "SHA2_384";
        case HashAlgorithm.SHA2_512:
            return "SHA2_512";
        case HashAlgorithm.SHA3_256:
            return "SHA3_256";
        case HashAlgorithm.SHA3_384:
            return "SHA3_384";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum HashAlgorithm");
    }
}
/**
 * Details of a specific public key, capturing the the key encoding method,
 * and signature algorithm.
 *
 * PublicKeyDetails captures the public key/hash algorithm combinations
 * recommended in the Sigstore ecosystem.
 *
 * This is modelled as a linear set as we want to provide a small number of
 * opinionated options instead of allowing every possible permutation.
 *
 * Any changes to this enum MUST be reflected in the algorithm registry.
 *
 * See: <https://github.com/sigstore/architecture-docs/blob/main/algorithm-registry.md>
 *
 * To avoid the possibility of contradicting formats such as PKCS1 with
 * ED25519 the valid permutations are listed as a linear set instead of a
 * cartesian set (i.e one combined variable instead of two, one for encoding
 * and one for the signature algorithm).
 */
var PublicKeyDetails;
(function (PublicKeyDetails) {
    PublicKeyDetails[PublicKeyDetails["PUBLIC_KEY_DETAILS_UNSPECIFIED"] = 0] = "PUBLIC_KEY_DETAILS_UNSPECIFIED";
    /**
     * PKCS1_RSA_PKCS1V5 - RSA
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKCS1_RSA_PKCS1V5"] = 1] = "PKCS1_RSA_PKCS1V5";
    /**
     * PKCS1_RSA_PSS - See RFC8017
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKCS1_RSA_PSS"] = 2] = "PKCS1_RSA_PSS";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V5"] = 3] = "PKIX_RSA_PKCS1V5";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS"] = 4] = "PKIX_RSA_PSS";
    /** PKIX_RSA_PKCS1V15_2048_SHA256 - RSA public key in PKIX format, PKCS#1v1.5 signature */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V15_2048_SHA256"] = 9] = "PKIX_RSA_PKCS1V15_2048_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V15_3072_SHA256"] = 10] = "PKIX_RSA_PKCS1V15_3072_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V15_4096_SHA256"] = 11] = "PKIX_RSA_PKCS1V15_4096_SHA256";
    /** PKIX_RSA_PSS_2048_SHA256 - RSA public key in PKIX format, RSASSA-PSS signature */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS_2048_SHA256"] = 16] = "PKIX_RSA_PSS_2048_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS_3072_SHA256"] = 17] = "PKIX_RSA_PSS_3072_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS_4096_SHA256"] = 18] = "PKIX_RSA_PSS_4096_SHA256";
    /**
     * PKIX_ECDSA_P256_HMAC_SHA_256 - ECDSA
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P256_HMAC_SHA_256"] = 6] = "PKIX_ECDSA_P256_HMAC_SHA_256";
    /** PKIX_ECDSA_P256_SHA_256 - See NIST FIPS 186-4 */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P256_SHA_256"] = 5] = "PKIX_ECDSA_P256_SHA_256";
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P384_SHA_384"] = 12] = "PKIX_ECDSA_P384_SHA_384";
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P521_SHA_512"] = 13] = "PKIX_ECDSA_P521_SHA_512";
    /** PKIX_ED25519 - Ed 25519 */
    PublicKeyDetails[PublicKeyDetails["PKIX_ED25519"] = 7] = "PKIX_ED25519";
    PublicKeyDetails[PublicKeyDetails["PKIX_ED25519_PH"] = 8] = "PKIX_ED25519_PH";
    /**
     * PKIX_ECDSA_P384_SHA_256 - These algorithms are deprecated and should not be used, but they
     * were/are being used by most Sigstore clients implementations.
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P384_SHA_256"] = 19] = "PKIX_ECDSA_P384_SHA_256";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P521_SHA_256"] = 20] = "PKIX_ECDSA_P521_SHA_256";
    /**
     * LMS_SHA256 - LMS and LM-OTS
     *
     * These algorithms are deprecated and should not be used.
     * There are no plans to support SLH-DSA at this time.
     *
     * USER WARNING: LMS and LM-OTS are both stateful signature schemes.
     * Using them correctly requires discretion and careful consideration
     * to ensure that individual secret keys are not used more than once.
     * In addition, LM-OTS is a single-use scheme, meaning that it
     * MUST NOT be used for more than one signature per LM-OTS key.
     * If you cannot maintain these invariants, you MUST NOT use these
     * schemes.
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["LMS_SHA256"] = 14] = "LMS_SHA256";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["LMOTS_SHA256"] = 15] = "LMOTS_SHA256";
    /**
     * ML_DSA_44 - ML-DSA
     *
     * These ML_DSA_44, ML_DSA_65 and ML-DSA_87 algorithms are the pure variants
     * that take data to sign rather than the prehash variants (HashML-DSA), which
     * take digests. While considered quantum-resistant, their usage
     * involves tradeoffs in that signatures and keys are much larger, and
     * this makes deployments more costly.
     *
     * USER WARNING: ML_DSA_44, ML_DSA_65 and ML_DSA_87 are experimental algorithms.
     * In the future they MAY be used by private Sigstore deployments, but
     * they are not yet fully functional. This warning will be removed when
     * these algorithms are widely supported by Sigstore clients and servers,
     * but care should still be taken for production environments.
     *
     * See NIST FIPS 204, RFC 9881 for algorithm identifiers
     */
    PublicKeyDetails[PublicKeyDetails["ML_DSA_44"] = 23] = "ML_DSA_44";
    PublicKeyDetails[PublicKeyDetails["ML_DSA_65"] = 21] = "ML_DSA_65";
    PublicKeyDetails[PublicKeyDetails["ML_DSA_87"] = 22] = "ML_DSA_87";
})(PublicKeyDetails || (exports.PublicKeyDetails = PublicKeyDetails = {}));
function publicKeyDetailsFromJSON(object) {
    switch (object) {
        case 0:
        case "PUBLIC_KEY_DETAILS_UNSPECIFIED":
            return PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED;
        case 1:
        case "PKCS1_RSA_PKCS1V5":
            return PublicKeyDetails.PKCS1_RSA_PKCS1V5;
        case 2:
        case "PKCS1_RSA_PSS":
            return PublicKeyDetails.PKCS1_RSA_PSS;
        case 3:
        case "PKIX_RSA_PKCS1V5":
            return PublicKeyDetails.PKIX_RSA_PKCS1V5;
        case 4:
        case "PKIX_RSA_PSS":
            return PublicKeyDetails.PKIX_RSA_PSS;
        case 9:
        case "PKIX_RSA_PKCS1V15_2048_SHA256":
            return PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256;
        case 10:
        case "PKIX_RSA_PKCS1V15_3072_SHA256":
            return PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256;
        case 11:
        case "PKIX_RSA_PKCS1V15_4096_SHA256":
            return PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256;
        case 16:
        case "PKIX_RSA_PSS_2048_SHA256":
            return PublicKeyDetails.PKIX_RSA_PSS_2048_SHA256;
        case 17:
        case "PKIX_RSA_PSS_3072_SHA256":
            return PublicKeyDetails.PKIX_RSA_PSS_3072_SHA256;
        case 18:
        case "PKIX_RSA_PSS_4096_SHA256":
            return PublicKeyDetails.PKIX_RSA_PSS_4096_SHA256;
        case 6:
        case "PKIX_ECDSA_P256_HMAC_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P256_HMAC_SHA_256;
        case 5:
        case "PKIX_ECDSA_P256_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P256_SHA_256;
        case 12:
        case "PKIX_ECDSA_P384_SHA_384":
            return PublicKeyDetails.PKIX_ECDSA_P384_SHA_384;
        case 13:
        case "PKIX_ECDSA_P521_SHA_512":
            return PublicKeyDetails.PKIX_ECDSA_P521_SHA_512;
        case 7:
        case "PKIX_ED25519":
            return PublicKeyDetails.PKIX_ED25519;
        case 8:
        case "PKIX_ED25519_PH":
            return PublicKeyDetails.PKIX_ED25519_PH;
        case 19:
        case "PKIX_ECDSA_P384_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P384_SHA_256;
        case 20:
        case "PKIX_ECDSA_P521_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P521_SHA_256;
        case 14:
        case "LMS_SHA256":
            return PublicKeyDetails.LMS_SHA256;
        case 15:
        case "LMOTS_SHA256":
            return PublicKeyDetails.LMOTS_SHA256;
        case 23:
        case "ML_DSA_44":
            return PublicKeyDetails.ML_DSA_44;
        case 21:
        case "ML_DSA_65":
            return PublicKeyDetails.ML_DSA_65;
        case 22:
        case "ML_DSA_87":
            return PublicKeyDetails.ML_DSA_87;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum PublicKeyDetails");
    }
}
function publicKeyDetailsToJSON(object) {
    switch (object) {
        case PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED:
            return "PUBLIC_KEY_DETAILS_UNSPECIFIED";
        case PublicKeyDetails.PKCS1_RSA_PKCS1V5:
            return "PKCS1_RSA_PKCS1V5";
        case PublicKeyDetails.PKCS1_RSA_PSS:
            return "PKCS1_RSA_PSS";
        case PublicKeyDetails.PKIX_RSA_PKCS1V5:
            return "PKIX_RSA_PKCS1V5";
        case PublicKeyDetails.PKIX_RSA_PSS:
            return "PKIX_RSA_PSS";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256:
            return "PKIX_RSA_PKCS1V15_2048_SHA256";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256:
            return "PKIX_RSA_PKCS1V15_3072_SHA256";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256:
            return "PKIX_RSA_PKCS1V15_4096_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_2048_SHA256:
            return "PKIX_RSA_PSS_2048_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_3072_SHA256:
            return "PKIX_RSA_PSS_3072_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_4096_SHA256:
            return "PKIX_RSA_PSS_4096_SHA256";
        case PublicKeyDetails.PKIX_ECDSA_P256_HMAC_SHA_256:
            return "PKIX_ECDSA_P256_HMAC_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P256_SHA_256:
            return "PKIX_ECDSA_P256_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P384_SHA_384:
            return "PKIX_ECDSA_P384_SHA_384";
        case PublicKeyDetails.PKIX_ECDSA_P521_SHA_512:
            return "PKIX_ECDSA_P521_SHA_512";
        case PublicKeyDetails.PKIX_ED25519:
            return "PKIX_ED25519";
        case PublicKeyDetails.PKIX_ED25519_PH:
            return "PKIX_ED25519_PH";
        case PublicKeyDetails.PKIX_ECDSA_P384_SHA_256:
            return "PKIX_ECDSA_P384_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P521_SHA_256:
            return "PKIX_ECDSA_P521_SHA_256";
        case PublicKeyDetails.LMS_SHA256:
            return "LMS_SHA256";
        case PublicKeyDetails.LMOTS_SHA256:
            return "LMOTS_SHA256";
        case PublicKeyDetails.ML_DSA_44:
            return "ML_DSA_44";
        case PublicKeyDetails.ML_DSA_65:
            return "ML_DSA_65";
        case PublicKeyDetails.ML_DSA_87:
            return "ML_DSA_87";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum PublicKeyDetails");
    }
}
var SubjectAlternativeNameType;
(function (SubjectAlternativeNameType) {
    SubjectAlternativeNameType[SubjectAlternativeNameType["SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED"] = 0] = "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED";
    SubjectAlternativeNameType[SubjectAlternativeNameType["EMAIL"] = 1] = "EMAIL";
    SubjectAlternativeNameType[SubjectAlternativeNameType["URI"] = 2] = "URI";
    /**
     * OTHER_NAME - OID 1.3.6.1.4.1.57264.1.7
     * See https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md#1361415726417--othername-san
     * for more details.
     */
    SubjectAlternativeNameType[SubjectAlternativeNameType["OTHER_NAME"] = 3] = "OTHER_NAME";
})(SubjectAlternativeNameType || (exports.SubjectAlternativeNameType = SubjectAlternativeNameType = {}));
function subjectAlternativeNameTypeFromJSON(object) {
    switch (object) {
        case 0:
        case "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED":
            return SubjectAlternativeNameType.SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED;
        case 1:
        case "EMAIL":
            return SubjectAlternativeNameType.EMAIL;
        case 2:
        case "URI":
            return SubjectAlternativeNameType.URI;
        case 3:
        case "OTHER_NAME":
            return SubjectAlternativeNameType.OTHER_NAME;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum SubjectAlternativeNameType");
    }
}
function subjectAlternativeNameTypeToJSON(object) {
    switch (object) {
        case SubjectAlternativeNameType.SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED:
            return "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED";
        case SubjectAlternativeNameType.EMAIL:
            return "EMAIL";
        case SubjectAlternativeNameType.URI:
            return "URI";
        case SubjectAlternativeNameType.OTHER_NAME:
            return "OTHER_NAME";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum SubjectAlternativeNameType");
    }
}
exports.HashOutput = {
    fromJSON(object) {
        return {
            algorithm: isSet(object.algorithm) ? hashAlgorithmFromJSON(object.algorithm) : 0,
            digest: isSet(object.digest) ? Buffer.from(bytesFromBase64(object.digest)) : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.algorithm !== 0) {
            obj.algorithm = hashAlgorithmToJSON(message.algorithm);
        }
        if (message.digest.length !== 0) {
            obj.digest = base64FromBytes(message.digest);
        }
        return obj;
    },
};
exports.MessageSignature = {
    fromJSON(object) {
        return {
            messageDigest: isSet(object.messageDigest) ? exports.HashOutput.fromJSON(object.messageDigest) : undefined,
            signature: isSet(object.signature) ? Buffer.from(bytesFromBase64(object.signature)) : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.messageDigest !== undefined) {
            obj.messageDigest = exports.HashOutput.toJSON(message.messageDigest);
        }
        if (message.signature.length !== 0) {
            obj.signature = base64FromBytes(message.signature);
        }
        return obj;
    },
};
exports.LogId = {
    fromJSON(object) {
        return { keyId: isSet(object.keyId) ? Buffer.from(bytesFromBase64(object.keyId)) : Buffer.alloc(0) };
    },
    toJSON(message) {
        const obj = {};
        if (message.keyId.length !== 0) {
            obj.keyId = base64FromBytes(message.keyId);
        }
        return obj;
    },
};
exports.RFC3161SignedTimestamp = {
    fromJSON(object) {
        return {
            signedTimestamp: isSet(object.signedTimestamp)
                ? Buffer.from(bytesFromBase64(object.signedTimestamp))
                : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.signedTimestamp.length !== 0) {
            obj.signedTimestamp = base64FromBytes(message.signedTimestamp);
        }
        return obj;
    },
};
exports.PublicKey = {
    fromJSON(object) {
        return {
            rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : undefined,
            keyDetails: isSet(object.keyDetails) ? publicKeyDetailsFromJSON(object.keyDetails) : 0,
            validFor: isSet(object.validFor) ? exports.TimeRange.fromJSON(object.validFor) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.rawBytes !== undefined) {
            obj.rawBytes = base64FromBytes(message.rawBytes);
        }
        if (message.keyDetails !== 0) {
            obj.keyDetails = publicKeyDetailsToJSON(message.keyDetails);
        }
        if (message.validFor !== undefined) {
            obj.validFor = exports.TimeRange.toJSON(message.validFor);
        }
        return obj;
    },
};
exports.PublicKeyIdentifier = {
    fromJSON(object) {
        return { hint: isSet(object.hint) ? globalThis.String(object.hint) : "" };
    },
    toJSON(message) {
        const obj = {};
        if (message.hint !== "") {
            obj.hint = message.hint;
        }
        return obj;
    },
};
exports.ObjectIdentifier = {
    fromJSON(object) {
        return { id: globalThis.Array.isArray(object?.id) ? object.id.map((e) => globalThis.Number(e)) : [] };
    },
    toJSON(message) {
        const obj = {};
        if (message.id?.length) {
            obj.id = message.id.map((e) => Math.round(e));
        }
        return obj;
    },
};
exports.ObjectIdentifierValuePair = {
    fromJSON(object) {
        return {
            oid: isSet(object.oid) ? exports.ObjectIdentifier.fromJSON(object.oid) : undefined,
            value: isSet(object.value) ? Buffer.from(bytesFromBase64(object.value)) : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.oid !== undefined) {
            obj.oid = exports.ObjectIdentifier.toJSON(message.oid);
        }
        if (message.value.length !== 0) {
            obj.value = base64FromBytes(message.value);
        }
        return obj;
    },
};
exports.DistinguishedName = {
    fromJSON(object) {
        return {
            organization: isSet(object.organization) ? globalThis.String(object.organization) : "",
            commonName: isSet(object.commonName) ? globalThis.String(object.commonName) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.organization !== "") {
            obj.organization = message.organization;
        }
        if (message.commonName !== "") {
            obj.commonName = message.commonName;
        }
        return obj;
    },
};
exports.X509Certificate = {
    fromJSON(object) {
        return { rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : Buffer.alloc(0) };
    },
    toJSON(message) {
        const obj = {};
        if (message.rawBytes.length !== 0) {
            obj.rawBytes = base64FromBytes(message.rawBytes);
        }
        return obj;
    },
};
exports.SubjectAlternativeName = {
    fromJSON(object) {
        return {
            type: isSet(object.type) ? subjectAlternativeNameTypeFromJSON(object.type) : 0,
            identity: isSet(object.regexp)
                ? { $case: "regexp", regexp: globalThis.String(object.regexp) }
                : isSet(object.value)
                    ? { $case: "value", value: globalThis.String(object.value) }
                    : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.type !== 0) {
            obj.type = subjectAlternativeNameTypeToJSON(message.type);
        }
        if (message.identity?.$case === "regexp") {
            obj.regexp = message.identity.regexp;
        }
        else if (message.identity?.$case === "value") {
            obj.value = message.identity.value;
        }
        return obj;
    },
};
exports.X509CertificateChain = {
    fromJSON(object) {
        return {
            certificates: globalThis.Array.isArray(object?.certificates)
                ? object.certificates.map((e) => exports.X509Certificate.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.certificates?.length) {
            obj.certificates = message.certificates.map((e) => exports.X509Certificate.toJSON(e));
        }
        return obj;
    },
};
exports.TimeRange = {
    fromJSON(object) {
        return {
            start: isSet(object.start) ? fromJsonTimestamp(object.start) : undefined,
            end: isSet(object.end) ? fromJsonTimestamp(object.end) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.start !== undefined) {
            obj.start = message.start.toISOString();
        }
        if (message.end !== undefined) {
            obj.end = message.end.toISOString();
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function fromTimestamp(t) {
    let millis = (globalThis.Number(t.seconds) || 0) * 1_000;
    millis += (t.nanos || 0) / 1_000_000;
    return new globalThis.Date(millis);
}
function fromJsonTimestamp(o) {
    if (o instanceof globalThis.Date) {
        return o;
    }
    else if (typeof o === "string") {
        return new globalThis.Date(o);
    }
    else {
        return fromTimestamp(timestamp_1.Timestamp.fromJSON(o));
    }
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 5204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_rekor.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TransparencyLogEntry = exports.InclusionPromise = exports.InclusionProof = exports.Checkpoint = exports.KindVersion = void 0;
/* eslint-disable */
const sigstore_common_1 = __nccwpck_require__(5334);
exports.KindVersion = {
    fromJSON(object) {
        return {
            kind: isSet(object.kind) ? globalThis.String(object.kind) : "",
            version: isSet(object.version) ? globalThis.String(object.version) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.kind !== "") {
            obj.kind = message.kind;
        }
        if (message.version !== "") {
            obj.version = message.version;
        }
        return obj;
    },
};
exports.Checkpoint = {
    fromJSON(object) {
        return { envelope: isSet(object.envelope) ? globalThis.String(object.envelope) : "" };
    },
    toJSON(message) {
        const obj = {};
        if (message.envelope !== "") {
            obj.envelope = message.envelope;
        }
        return obj;
    },
};
exports.InclusionProof = {
    fromJSON(object) {
        return {
            logIndex: isSet(object.logIndex) ? globalThis.String(object.logIndex) : "0",
            rootHash: isSet(object.rootHash) ? Buffer.from(bytesFromBase64(object.rootHash)) : Buffer.alloc(0),
            treeSize: isSet(object.treeSize) ? globalThis.String(object.treeSize) : "0",
            hashes: globalThis.Array.isArray(object?.hashes)
                ? object.hashes.map((e) => Buffer.from(bytesFromBase64(e)))
                : [],
            checkpoint: isSet(object.checkpoint) ? exports.Checkpoint.fromJSON(object.checkpoint) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.logIndex !== "0") {
            obj.logIndex = message.logIndex;
        }
        if (message.rootHash.length !== 0) {
            obj.rootHash = base64FromBytes(message.rootHash);
        }
        if (message.treeSize !== "0") {
            obj.treeSize = message.treeSize;
        }
        if (message.hashes?.length) {
            obj.hashes = message.hashes.map((e) => base64FromBytes(e));
        }
        if (message.checkpoint !== undefined) {
            obj.checkpoint = exports.Checkpoint.toJSON(message.checkpoint);
        }
        return obj;
    },
};
exports.InclusionPromise = {
    fromJSON(object) {
        return {
            signedEntryTimestamp: isSet(object.signedEntryTimestamp)
                ? Buffer.from(bytesFromBase64(object.signedEntryTimestamp))
                : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.signedEntryTimestamp.length !== 0) {
            obj.signedEntryTimestamp = base64FromBytes(message.signedEntryTimestamp);
        }
        return obj;
    },
};
exports.TransparencyLogEntry = {
    fromJSON(object) {
        return {
            logIndex: isSet(object.logIndex) ? globalThis.String(object.logIndex) : "0",
            logId: isSet(object.logId) ? sigstore_common_1.LogId.fromJSON(object.logId) : undefined,
            kindVersion: isSet(object.kindVersion) ? exports.KindVersion.fromJSON(object.kindVersion) : undefined,
            integratedTime: isSet(object.integratedTime) ? globalThis.String(object.integratedTime) : "0",
            inclusionPromise: isSet(object.inclusionPromise) ? exports.InclusionPromise.fromJSON(object.inclusionPromise) : undefined,
            inclusionProof: isSet(object.inclusionProof) ? exports.InclusionProof.fromJSON(object.inclusionProof) : undefined,
            canonicalizedBody: isSet(object.canonicalizedBody)
                ? Buffer.from(bytesFromBase64(object.canonicalizedBody))
                : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.logIndex !== "0") {
            obj.logIndex = message.logIndex;
        }
        if (message.logId !== undefined) {
            obj.logId = sigstore_common_1.LogId.toJSON(message.logId);
        }
        if (message.kindVersion !== undefined) {
            obj.kindVersion = exports.KindVersion.toJSON(message.kindVersion);
        }
        if (message.integratedTime !== "0") {
            obj.integratedTime = message.integratedTime;
        }
        if (message.inclusionPromise !== undefined) {
            obj.inclusionPromise = exports.InclusionPromise.toJSON(message.inclusionPromise);
        }
        if (message.inclusionProof !== undefined) {
            obj.inclusionProof = exports.InclusionProof.toJSON(message.inclusionProof);
        }
        if (message.canonicalizedBody.length !== 0) {
            obj.canonicalizedBody = base64FromBytes(message.canonicalizedBody);
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 1997:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_trustroot.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ClientTrustConfig = exports.ServiceConfiguration = exports.Service = exports.SigningConfig = exports.TrustedRoot = exports.CertificateAuthority = exports.TransparencyLogInstance = exports.ServiceSelector = void 0;
exports.serviceSelectorFromJSON = serviceSelectorFromJSON;
exports.serviceSelectorToJSON = serviceSelectorToJSON;
/* eslint-disable */
const sigstore_common_1 = __nccwpck_require__(5334);
/**
 * ServiceSelector specifies how a client SHOULD select a set of
 * Services to connect to. A client SHOULD throw an error if
 * the value is SERVICE_SELECTOR_UNDEFINED.
 */
var ServiceSelector;
(function (ServiceSelector) {
    ServiceSelector[ServiceSelector["SERVICE_SELECTOR_UNDEFINED"] = 0] = "SERVICE_SELECTOR_UNDEFINED";
    /**
     * ALL - Clients SHOULD select all Services based on supported API version
     * and validity window.
     */
    ServiceSelector[ServiceSelector["ALL"] = 1] = "ALL";
    /**
     * ANY - Clients SHOULD select one Service based on supported API version
     * and validity window. It is up to the client implementation to
     * decide how to select the Service, e.g. random or round-robin.
     */
    ServiceSelector[ServiceSelector["ANY"] = 2] = "ANY";
    /**
     * EXACT - Clients SHOULD select a specific number of Services based on
     * supported API version and validity window, using the provided
     * `count`. It is up to the client implementation to decide how to
     * select the Service, e.g. random or round-robin.
     */
    ServiceSelector[ServiceSelector["EXACT"] = 3] = "EXACT";
})(ServiceSelector || (exports.ServiceSelector = ServiceSelector = {}));
function serviceSelectorFromJSON(object) {
    switch (object) {
        case 0:
        case "SERVICE_SELECTOR_UNDEFINED":
            return ServiceSelector.SERVICE_SELECTOR_UNDEFINED;
        case 1:
        case "ALL":
            return ServiceSelector.ALL;
        case 2:
        case "ANY":
            return ServiceSelector.ANY;
        case 3:
        case "EXACT":
            return ServiceSelector.EXACT;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum ServiceSelector");
    }
}
function serviceSelectorToJSON(object) {
    switch (object) {
        case ServiceSelector.SERVICE_SELECTOR_UNDEFINED:
            return "SERVICE_SELECTOR_UNDEFINED";
        case ServiceSelector.ALL:
            return "ALL";
        case ServiceSelector.ANY:
            return "ANY";
        case ServiceSelector.EXACT:
            return "EXACT";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum ServiceSelector");
    }
}
exports.TransparencyLogInstance = {
    fromJSON(object) {
        return {
            baseUrl: isSet(object.baseUrl) ? globalThis.String(object.baseUrl) : "",
            hashAlgorithm: isSet(object.hashAlgorithm) ? (0, sigstore_common_1.hashAlgorithmFromJSON)(object.hashAlgorithm) : 0,
            publicKey: isSet(object.publicKey) ? sigstore_common_1.PublicKey.fromJSON(object.publicKey) : undefined,
            logId: isSet(object.logId) ? sigstore_common_1.LogId.fromJSON(object.logId) : undefined,
            checkpointKeyId: isSet(object.checkpointKeyId) ? sigstore_common_1.LogId.fromJSON(object.checkpointKeyId) : undefined,
            operator: isSet(object.operator) ? globalThis.String(object.operator) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.baseUrl !== "") {
            obj.baseUrl = message.baseUrl;
        }
        if (message.hashAlgorithm !== 0) {
            obj.hashAlgorithm = (0, sigstore_common_1.hashAlgorithmToJSON)(message.hashAlgorithm);
        }
        if (message.publicKey !== undefined) {
            obj.publicKey = sigstore_common_1.PublicKey.toJSON(message.publicKey);
        }
        if (message.logId !== undefined) {
            obj.logId = sigstore_common_1.LogId.toJSON(message.logId);
        }
        if (message.checkpointKeyId !== undefined) {
            obj.checkpointKeyId = sigstore_common_1.LogId.toJSON(message.checkpointKeyId);
        }
        if (message.operator !== "") {
            obj.operator = message.operator;
        }
        return obj;
    },
};
exports.CertificateAuthority = {
    fromJSON(object) {
        return {
            subject: isSet(object.subject) ? sigstore_common_1.DistinguishedName.fromJSON(object.subject) : undefined,
            uri: isSet(object.uri) ? globalThis.String(object.uri) : "",
            certChain: isSet(object.certChain) ? sigstore_common_1.X509CertificateChain.fromJSON(object.certChain) : undefined,
            validFor: isSet(object.validFor) ? sigstore_common_1.TimeRange.fromJSON(object.validFor) : undefined,
            operator: isSet(object.operator) ? globalThis.String(object.operator) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.subject !== undefined) {
            obj.subject = sigstore_common_1.DistinguishedName.toJSON(message.subject);
        }
        if (message.uri !== "") {
            obj.uri = message.uri;
        }
        if (message.certChain !== undefined) {
            obj.certChain = sigstore_common_1.X509CertificateChain.toJSON(message.certChain);
        }
        if (message.validFor !== undefined) {
            obj.validFor = sigstore_common_1.TimeRange.toJSON(message.validFor);
        }
        if (message.operator !== "") {
            obj.operator = message.operator;
        }
        return obj;
    },
};
exports.TrustedRoot = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            tlogs: globalThis.Array.isArray(object?.tlogs)
                ? object.tlogs.map((e) => exports.TransparencyLogInstance.fromJSON(e))
                : [],
            certificateAuthorities: globalThis.Array.isArray(object?.certificateAuthorities)
                ? object.certificateAuthorities.map((e) => exports.CertificateAuthority.fromJSON(e))
                : [],
            ctlogs: globalThis.Array.isArray(object?.ctlogs)
                ? object.ctlogs.map((e) => exports.TransparencyLogInstance.fromJSON(e))
                : [],
            timestampAuthorities: globalThis.Array.isArray(object?.timestampAuthorities)
                ? object.timestampAuthorities.map((e) => exports.CertificateAuthority.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.tlogs?.length) {
            obj.tlogs = message.tlogs.map((e) => exports.TransparencyLogInstance.toJSON(e));
        }
        if (message.certificateAuthorities?.length) {
            obj.certificateAuthorities = message.certificateAuthorities.map((e) => exports.CertificateAuthority.toJSON(e));
        }
        if (message.ctlogs?.length) {
            obj.ctlogs = message.ctlogs.map((e) => exports.TransparencyLogInstance.toJSON(e));
        }
        if (message.timestampAuthorities?.length) {
            obj.timestampAuthorities = message.timestampAuthorities.map((e) => exports.CertificateAuthority.toJSON(e));
        }
        return obj;
    },
};
exports.SigningConfig = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            caUrls: globalThis.Array.isArray(object?.caUrls) ? object.caUrls.map((e) => exports.Service.fromJSON(e)) : [],
            oidcUrls: globalThis.Array.isArray(object?.oidcUrls) ? object.oidcUrls.map((e) => exports.Service.fromJSON(e)) : [],
            rekorTlogUrls: globalThis.Array.isArray(object?.rekorTlogUrls)
                ? object.rekorTlogUrls.map((e) => exports.Service.fromJSON(e))
                : [],
            rekorTlogConfig: isSet(object.rekorTlogConfig)
                ? exports.ServiceConfiguration.fromJSON(object.rekorTlogConfig)
                : undefined,
            tsaUrls: globalThis.Array.isArray(object?.tsaUrls) ? object.tsaUrls.map((e) => exports.Service.fromJSON(e)) : [],
            tsaConfig: isSet(object.tsaConfig) ? exports.ServiceConfiguration.fromJSON(object.tsaConfig) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.caUrls?.length) {
            obj.caUrls = message.caUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.oidcUrls?.length) {
            obj.oidcUrls = message.oidcUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.rekorTlogUrls?.length) {
            obj.rekorTlogUrls = message.rekorTlogUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.rekorTlogConfig !== undefined) {
            obj.rekorTlogConfig = exports.ServiceConfiguration.toJSON(message.rekorTlogConfig);
        }
        if (message.tsaUrls?.length) {
            obj.tsaUrls = message.tsaUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.tsaConfig !== undefined) {
            obj.tsaConfig = exports.ServiceConfiguration.toJSON(message.tsaConfig);
        }
        return obj;
    },
};
exports.Service = {
    fromJSON(object) {
        return {
            url: isSet(object.url) ? globalThis.String(object.url) : "",
            majorApiVersion: isSet(object.majorApiVersion) ? globalThis.Number(object.majorApiVersion) : 0,
            validFor: isSet(object.validFor) ? sigstore_common_1.TimeRange.fromJSON(object.validFor) : undefined,
            operator: isSet(object.operator) ? globalThis.String(object.operator) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.url !== "") {
            obj.url = message.url;
        }
        if (message.majorApiVersion !== 0) {
            obj.majorApiVersion = Math.round(message.majorApiVersion);
        }
        if (message.validFor !== undefined) {
            obj.validFor = sigstore_common_1.TimeRange.toJSON(message.validFor);
        }
        if (message.operator !== "") {
            obj.operator = message.operator;
        }
        return obj;
    },
};
exports.ServiceConfiguration = {
    fromJSON(object) {
        return {
            selector: isSet(object.selector) ? serviceSelectorFromJSON(object.selector) : 0,
            count: isSet(object.count) ? globalThis.Number(object.count) : 0,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.selector !== 0) {
            obj.selector = serviceSelectorToJSON(message.selector);
        }
        if (message.count !== 0) {
            obj.count = Math.round(message.count);
        }
        return obj;
    },
};
exports.ClientTrustConfig = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            trustedRoot: isSet(object.trustedRoot) ? exports.TrustedRoot.fromJSON(object.trustedRoot) : undefined,
            signingConfig: isSet(object.signingConfig) ? exports.SigningConfig.fromJSON(object.signingConfig) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.trustedRoot !== undefined) {
            obj.trustedRoot = exports.TrustedRoot.toJSON(message.trustedRoot);
        }
        if (message.signingConfig !== undefined) {
            obj.signingConfig = exports.SigningConfig.toJSON(message.signingConfig);
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 9732:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_verification.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Input = exports.Artifact = exports.ArtifactVerificationOptions_ObserverTimestampOptions = exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions = exports.ArtifactVerificationOptions_TimestampAuthorityOptions = exports.ArtifactVerificationOptions_CtlogOptions = exports.ArtifactVerificationOptions_TlogOptions = exports.ArtifactVerificationOptions = exports.PublicKeyIdentities = exports.CertificateIdentities = exports.CertificateIdentity = void 0;
/* eslint-disable */
const sigstore_bundle_1 = __nccwpck_require__(715);
const sigstore_common_1 = __nccwpck_require__(5334);
const sigstore_trustroot_1 = __nccwpck_require__(1997);
exports.CertificateIdentity = {
    fromJSON(object) {
        return {
            issuer: isSet(object.issuer) ? globalThis.String(object.issuer) : "",
            san: isSet(object.san) ? sigstore_common_1.SubjectAlternativeName.fromJSON(object.san) : undefined,
            oids: globalThis.Array.isArray(object?.oids)
                ? object.oids.map((e) => sigstore_common_1.ObjectIdentifierValuePair.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.issuer !== "") {
            obj.issuer = message.issuer;
        }
        if (message.san !== undefined) {
            obj.san = sigstore_common_1.SubjectAlternativeName.toJSON(message.san);
        }
        if (message.oids?.length) {
            obj.oids = message.oids.map((e) => sigstore_common_1.ObjectIdentifierValuePair.toJSON(e));
        }
        return obj;
    },
};
exports.CertificateIdentities = {
    fromJSON(object) {
        return {
            identities: globalThis.Array.isArray(object?.identities)
                ? object.identities.map((e) => exports.CertificateIdentity.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.identities?.length) {
            obj.identities = message.identities.map((e) => exports.CertificateIdentity.toJSON(e));
        }
        return obj;
    },
};
exports.PublicKeyIdentities = {
    fromJSON(object) {
        return {
            publicKeys: globalThis.Array.isArray(object?.publicKeys)
                ? object.publicKeys.map((e) => sigstore_common_1.PublicKey.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.publicKeys?.length) {
            obj.publicKeys = message.publicKeys.map((e) => sigstore_common_1.PublicKey.toJSON(e));
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions = {
    fromJSON(object) {
        return {
            signers: isSet(object.certificateIdentities)
                ? {
                    $case: "certificateIdentities",
                    certificateIdentities: exports.CertificateIdentities.fromJSON(object.certificateIdentities),
                }
                : isSet(object.publicKeys)
                    ? { $case: "publicKeys", publicKeys: exports.PublicKeyIdentities.fromJSON(object.publicKeys) }
                    : undefined,
            tlogOptions: isSet(object.tlogOptions)
                ? exports.ArtifactVerificationOptions_TlogOptions.fromJSON(object.tlogOptions)
                : undefined,
            ctlogOptions: isSet(object.ctlogOptions)
                ? exports.ArtifactVerificationOptions_CtlogOptions.fromJSON(object.ctlogOptions)
                : undefined,
            tsaOptions: isSet(object.tsaOptions)
                ? exports.ArtifactVerificationOptions_TimestampAuthorityOptions.fromJSON(object.tsaOptions)
                : undefined,
            integratedTsOptions: isSet(object.integratedTsOptions)
                ? exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions.fromJSON(object.integratedTsOptions)
                : undefined,
            observerOptions: isSet(object.observerOptions)
                ? exports.ArtifactVerificationOptions_ObserverTimestampOptions.fromJSON(object.observerOptions)
                : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.signers?.$case === "certificateIdentities") {
            obj.certificateIdentities = exports.CertificateIdentities.toJSON(message.signers.certificateIdentities);
        }
        else if (message.signers?.$case === "publicKeys") {
            obj.publicKeys = exports.PublicKeyIdentities.toJSON(message.signers.publicKeys);
        }
        if (message.tlogOptions !== undefined) {
            obj.tlogOptions = exports.ArtifactVerificationOptions_TlogOptions.toJSON(message.tlogOptions);
        }
        if (message.ctlogOptions !== undefined) {
            obj.ctlogOptions = exports.ArtifactVerificationOptions_CtlogOptions.toJSON(message.ctlogOptions);
        }
        if (message.tsaOptions !== undefined) {
            obj.tsaOptions = exports.ArtifactVerificationOptions_TimestampAuthorityOptions.toJSON(message.tsaOptions);
        }
        if (message.integratedTsOptions !== undefined) {
            obj.integratedTsOptions = exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions.toJSON(message.integratedTsOptions);
        }
        if (message.observerOptions !== undefined) {
            obj.observerOptions = exports.ArtifactVerificationOptions_ObserverTimestampOptions.toJSON(message.observerOptions);
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_TlogOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            performOnlineVerification: isSet(object.performOnlineVerification)
                ? globalThis.Boolean(object.performOnlineVerification)
                : false,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.performOnlineVerification !== false) {
            obj.performOnlineVerification = message.performOnlineVerification;
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_CtlogOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_TimestampAuthorityOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_ObserverTimestampOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.Artifact = {
    fromJSON(object) {
        return {
            data: isSet(object.artifactUri)
                ? { $case: "artifactUri", artifactUri: globalThis.String(object.artifactUri) }
                : isSet(object.artifact)
                    ? { $case: "artifact", artifact: Buffer.from(bytesFromBase64(object.artifact)) }
                    : isSet(object.artifactDigest)
                        ? { $case: "artifactDigest", artifactDigest: sigstore_common_1.HashOutput.fromJSON(object.artifactDigest) }
                        : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.data?.$case === "artifactUri") {
            obj.artifactUri = message.data.artifactUri;
        }
        else if (message.data?.$case === "artifact") {
            obj.artifact = base64FromBytes(message.data.artifact);
        }
        else if (message.data?.$case === "artifactDigest") {
            obj.artifactDigest = sigstore_common_1.HashOutput.toJSON(message.data.artifactDigest);
        }
        return obj;
    },
};
exports.Input = {
    fromJSON(object) {
        return {
            artifactTrustRoot: isSet(object.artifactTrustRoot) ? sigstore_trustroot_1.TrustedRoot.fromJSON(object.artifactTrustRoot) : undefined,
            artifactVerificationOptions: isSet(object.artifactVerificationOptions)
                ? exports.ArtifactVerificationOptions.fromJSON(object.artifactVerificationOptions)
                : undefined,
            bundle: isSet(object.bundle) ? sigstore_bundle_1.Bundle.fromJSON(object.bundle) : undefined,
            artifact: isSet(object.artifact) ? exports.Artifact.fromJSON(object.artifact) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.artifactTrustRoot !== undefined) {
            obj.artifactTrustRoot = sigstore_trustroot_1.TrustedRoot.toJSON(message.artifactTrustRoot);
        }
        if (message.artifactVerificationOptions !== undefined) {
            obj.artifactVerificationOptions = exports.ArtifactVerificationOptions.toJSON(message.artifactVerificationOptions);
        }
        if (message.bundle !== undefined) {
            obj.bundle = sigstore_bundle_1.Bundle.toJSON(message.bundle);
        }
        if (message.artifact !== undefined) {
            obj.artifact = exports.Artifact.toJSON(message.artifact);
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 9654:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
__exportStar(__nccwpck_require__(7030), exports);
__exportStar(__nccwpck_require__(715), exports);
__exportStar(__nccwpck_require__(5334), exports);
__exportStar(__nccwpck_require__(5204), exports);
__exportStar(__nccwpck_require__(1997), exports);
__exportStar(__nccwpck_require__(9732), exports);


/***/ }),

/***/ 3835:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
/*
Copyright 2025 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
__exportStar(__nccwpck_require__(6764), exports);
__exportStar(__nccwpck_require__(381), exports);
__exportStar(__nccwpck_require__(4969), exports);
__exportStar(__nccwpck_require__(7543), exports);


/***/ }),

/***/ 2635:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DSSESignatureContent = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const core_1 = __nccwpck_require__(3917);
class DSSESignatureContent {
    env;
    constructor(env) {
        this.env = env;
    }
    compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, core_1.crypto.digest('sha256', this.env.payload));
    }
    // For a DSSE envelope the signature is computed over the pre-authentication
    // encoding (PAE), so the digest of the signed bytes is the digest of the PAE.
    // This is what a Rekor v2 hashedrekord entry records for a DSSE envelope.
    compareSignedDigest(digest) {
        return core_1.crypto.bufferEqual(digest, core_1.crypto.digest('sha256', this.preAuthEncoding));
    }
    compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
    }
    verifySignature(key) {
        return core_1.crypto.verify(this.preAuthEncoding, key, this.signature);
    }
    get signature() {
        return this.env.signatures.length > 0
            ? this.env.signatures[0].sig
            : Buffer.from('');
    }
    // DSSE Pre-Authentication Encoding
    get preAuthEncoding() {
        return core_1.dsse.preAuthEncoding(this.env.payloadType, this.env.payload);
    }
}
exports.DSSESignatureContent = DSSESignatureContent;


/***/ }),

/***/ 2544:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toSignedEntity = toSignedEntity;
exports.signatureContent = signatureContent;
const core_1 = __nccwpck_require__(3917);
const dsse_1 = __nccwpck_require__(2635);
const message_1 = __nccwpck_require__(6531);
function toSignedEntity(bundle, artifact) {
    const { tlogEntries, timestampVerificationData } = bundle.verificationMaterial;
    const timestamps = [];
    for (const entry of tlogEntries) {
        if (entry.integratedTime && entry.integratedTime !== '0') {
            timestamps.push({
                $case: 'transparency-log',
                tlogEntry: entry,
            });
        }
    }
    for (const ts of timestampVerificationData?.rfc3161Timestamps ?? []) {
        timestamps.push({
            $case: 'timestamp-authority',
            timestamp: core_1.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)),
        });
    }
    return {
        signature: signatureContent(bundle, artifact),
        key: key(bundle),
        tlogEntries,
        timestamps,
    };
}
function signatureContent(bundle, artifact) {
    switch (bundle.content.$case) {
        case 'dsseEnvelope':
            return new dsse_1.DSSESignatureContent(bundle.content.dsseEnvelope);
        case 'messageSignature':
            return new message_1.MessageSignatureContent(bundle.content.messageSignature, artifact);
    }
}
function key(bundle) {
    switch (bundle.verificationMaterial.content.$case) {
        case 'publicKey':
            return {
                $case: 'public-key',
                hint: bundle.verificationMaterial.content.publicKey.hint,
            };
        case 'x509CertificateChain':
            return {
                $case: 'certificate',
                certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.x509CertificateChain
                    .certificates[0].rawBytes)),
            };
        case 'certificate':
            return {
                $case: 'certificate',
                certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.certificate.rawBytes)),
            };
    }
}


/***/ }),

/***/ 6531:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MessageSignatureContent = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const core_1 = __nccwpck_require__(3917);
const protobuf_specs_1 = __nccwpck_require__(9654);
// Map from the Sigstore protobuf HashAlgorithm enum to
// the string values used by the Node.js crypto module.
const HASH_ALGORITHM_MAP = {
    [protobuf_specs_1.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: 'sha256',
    [protobuf_specs_1.HashAlgorithm.SHA2_256]: 'sha256',
    [protobuf_specs_1.HashAlgorithm.SHA2_384]: 'sha384',
    [protobuf_specs_1.HashAlgorithm.SHA2_512]: 'sha512',
    [protobuf_specs_1.HashAlgorithm.SHA3_256]: 'sha3-256',
    [protobuf_specs_1.HashAlgorithm.SHA3_384]: 'sha3-384',
};
class MessageSignatureContent {
    signature;
    messageDigest;
    artifact;
    hashAlgorithm;
    constructor(messageSignature, artifact) {
        this.signature = messageSignature.signature;
        this.messageDigest = messageSignature.messageDigest.digest;
        this.artifact = artifact;
        this.hashAlgorithm =
            HASH_ALGORITHM_MAP[messageSignature.messageDigest.algorithm] ??
                /* istanbul ignore next */ 'sha256';
    }
    compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
    }
    compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, this.messageDigest);
    }
    // For a message signature the signature is computed over the artifact, so the
    // digest of the signed bytes is the artifact's message digest.
    compareSignedDigest(digest) {
        return this.compareDigest(digest);
    }
    verifySignature(key) {
        return core_1.crypto.verify(this.artifact, key, this.signature, this.hashAlgorithm);
    }
}
exports.MessageSignatureContent = MessageSignatureContent;


/***/ }),

/***/ 6849:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PolicyError = exports.VerificationError = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class BaseError extends Error {
    code;
    cause; /* eslint-disable-line @typescript-eslint/no-explicit-any */
    constructor({ code, message, cause, }) {
        super(message);
        this.code = code;
        this.cause = cause;
        this.name = this.constructor.name;
    }
}
class VerificationError extends BaseError {
}
exports.VerificationError = VerificationError;
class PolicyError extends BaseError {
}
exports.PolicyError = PolicyError;


/***/ }),

/***/ 4187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.BL = exports.jO = exports.mk = __webpack_unused_export__ = exports.DC = void 0;
/* istanbul ignore file */
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var bundle_1 = __nccwpck_require__(2544);
Object.defineProperty(exports, "DC", ({ enumerable: true, get: function () { return bundle_1.toSignedEntity; } }));
var error_1 = __nccwpck_require__(6849);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return error_1.PolicyError; } });
Object.defineProperty(exports, "mk", ({ enumerable: true, get: function () { return error_1.VerificationError; } }));
var trust_1 = __nccwpck_require__(7822);
Object.defineProperty(exports, "jO", ({ enumerable: true, get: function () { return trust_1.toTrustMaterial; } }));
var verifier_1 = __nccwpck_require__(4433);
Object.defineProperty(exports, "BL", ({ enumerable: true, get: function () { return verifier_1.Verifier; } }));


/***/ }),

/***/ 8412:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CertificateChainVerifier = void 0;
exports.verifyCertificateChain = verifyCertificateChain;
const error_1 = __nccwpck_require__(6849);
const trust_1 = __nccwpck_require__(7822);
function verifyCertificateChain(timestamp, leaf, certificateAuthorities) {
    // Filter list of trusted CAs to those which are valid for the given
    // timestamp
    const cas = (0, trust_1.filterCertAuthorities)(certificateAuthorities, timestamp);
    /* eslint-disable-next-line @typescript-eslint/no-explicit-any */
    let error;
    for (const ca of cas) {
        try {
            const verifier = new CertificateChainVerifier({
                trustedCerts: ca.certChain,
                untrustedCert: leaf,
                timestamp,
            });
            return verifier.verify();
        }
        catch (err) {
            error = err;
        }
    }
    // If we failed to verify the certificate chain for all of the trusted
    // CAs, throw the last error we encountered.
    throw new error_1.VerificationError({
        code: 'CERTIFICATE_ERROR',
        message: 'Failed to verify certificate chain',
        cause: error,
    });
}
class CertificateChainVerifier {
    untrustedCert;
    trustedCerts;
    localCerts;
    timestamp;
    constructor(opts) {
        this.untrustedCert = opts.untrustedCert;
        this.trustedCerts = opts.trustedCerts;
        this.localCerts = dedupeCertificates([
            ...opts.trustedCerts,
            opts.untrustedCert,
        ]);
        this.timestamp = opts.timestamp;
    }
    verify() {
        // Construct certificate path from leaf to root
        const certificatePath = this.sort();
        // Perform validation checks on each certificate in the path
        this.checkPath(certificatePath);
        const validForDate = certificatePath.every((cert) => cert.validForDate(this.timestamp));
        if (!validForDate) {
            throw new error_1.VerificationError({
                code: 'CERTIFICATE_ERROR',
                message: 'certificate is not valid or expired at the specified date',
            });
        }
        // Return verified certificate path
        return certificatePath;
    }
    sort() {
        const leafCert = this.untrustedCert;
        // Construct all possible paths from the leaf
        let paths = this.buildPaths(leafCert);
        // Filter for paths which contain a trusted certificate
        paths = paths.filter((path) => path.some((cert) => this.trustedCerts.includes(cert)));
        if (paths.length === 0) {
            throw new error_1.VerificationError({
                code: 'CERTIFICATE_ERROR',
                message: 'no trusted certificate path found',
            });
        }
        // Find the shortest of possible paths
        /* istanbul ignore next */
        const path = paths.reduce((prev, curr) => prev.length < curr.length ? prev : curr);
        // Construct chain from shortest path
        // Removes the last certificate in the path, which will be a second copy
        // of the root certificate given that the root is self-signed.
        return [leafCert, ...path].slice(0, -1);
    }
    // Recursively build all possible paths from the leaf to the root
    buildPaths(certificate) {
        const paths = [];
        const issuers = this.findIssuer(certificate);
        if (issuers.length === 0) {
            throw new error_1.VerificationError({
                code: 'CERTIFICATE_ERROR',
                message: 'no valid certificate path found',
            });
        }
        for (let i = 0; i < issuers.length; i++) {
            const issuer = issuers[i];
            // Base case - issuer is self
            if (issuer.equals(certificate)) {
                paths.push([certificate]);
                continue;
            }
            // Recursively build path for the issuer
            const subPaths = this.buildPaths(issuer);
            // Construct paths by appending the issuer to each subpath
            for (let j = 0; j < subPaths.length; j++) {
                paths.push([issuer, ...subPaths[j]]);
            }
        }
        return paths;
    }
    // Return all possible issuers for the given certificate
    findIssuer(certificate) {
        let issuers = [];
        let keyIdentifier;
        // Exit early if the certificate is self-signed
        if (certificate.subject.equals(certificate.issuer)) {
            if (certificate.verify()) {
                return [certificate];
            }
        }
        // If the certificate has an authority key identifier, use that
        // to find the issuer
        if (certificate.extAuthorityKeyID) {
            keyIdentifier = certificate.extAuthorityKeyID.keyIdentifier;
            // TODO: Add support for authorityCertIssuer/authorityCertSerialNumber
            // though Fulcio doesn't appear to use these
        }
        // Find possible issuers by comparing the authorityKeyID/subjectKeyID
        // or issuer/subject. Potential issuers are added to the result array.
        this.localCerts.forEach((possibleIssuer) => {
            if (keyIdentifier) {
                /* istanbul ignore else */
                if (possibleIssuer.extSubjectKeyID) {
                    if (possibleIssuer.extSubjectKeyID.keyIdentifier.equals(keyIdentifier)) {
                        issuers.push(possibleIssuer);
                    }
                    return;
                }
            }
            // Fallback to comparing certificate issuer and subject if
            // subjectKey/authorityKey extensions are not present
            if (possibleIssuer.subject.equals(certificate.issuer)) {
                issuers.push(possibleIssuer);
            }
        });
        // Remove any issuers which fail to verify the certificate
        issuers = issuers.filter((issuer) => {
            try {
                return certificate.verify(issuer);
            }
            catch (ex) {
                /* istanbul ignore next - should never error */
                return false;
            }
        });
        return issuers;
    }
    checkPath(path) {
        /* istanbul ignore if */
        if (path.length < 1) {
            throw new error_1.VerificationError({
                code: 'CERTIFICATE_ERROR',
                message: 'certificate chain must contain at least one certificate',
            });
        }
        // Ensure that all certificates beyond the leaf are CAs
        const validCAs = path.slice(1).every((cert) => cert.isCA);
        if (!validCAs) {
            throw new error_1.VerificationError({
                code: 'CERTIFICATE_ERROR',
                message: 'intermediate certificate is not a CA',
            });
        }
        // Certificate's issuer must match the subject of the next certificate
        // in the chain
        for (let i = path.length - 2; i >= 0; i--) {
            /* istanbul ignore if */
            if (!path[i].issuer.equals(path[i + 1].subject)) {
                throw new error_1.VerificationError({
                    code: 'CERTIFICATE_ERROR',
                    message: 'incorrect certificate name chaining',
                });
            }
        }
        // Check pathlength constraints
        for (let i = 0; i < path.length; i++) {
            const cert = path[i];
            // If the certificate is a CA, check the path length
            if (cert.extBasicConstraints?.isCA) {
                const pathLength = cert.extBasicConstraints.pathLenConstraint;
                // The path length, if set, indicates how many intermediate
                // certificates (NOT including the leaf) are allowed to follow. The
                // pathLength constraint of any intermediate CA certificate MUST be
                // greater than or equal to it's own depth in the chain (with an
                // adjustment for the leaf certificate)
                if (pathLength !== undefined && pathLength < i - 1) {
                    throw new error_1.VerificationError({
                        code: 'CERTIFICATE_ERROR',
                        message: 'path length constraint exceeded',
                    });
                }
            }
        }
    }
}
exports.CertificateChainVerifier = CertificateChainVerifier;
// Remove duplicate certificates from the array
function dedupeCertificates(certs) {
    for (let i = 0; i < certs.length; i++) {
        for (let j = i + 1; j < certs.length; j++) {
            if (certs[i].equals(certs[j])) {
                certs.splice(j, 1);
                j--;
            }
        }
    }
    return certs;
}


/***/ }),

/***/ 3771:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyPublicKey = verifyPublicKey;
exports.verifyCertificate = verifyCertificate;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const core_1 = __nccwpck_require__(3917);
const error_1 = __nccwpck_require__(6849);
const certificate_1 = __nccwpck_require__(8412);
const sct_1 = __nccwpck_require__(1633);
const OID_FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
const OID_FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
function verifyPublicKey(hint, timestamps, trustMaterial) {
    const key = trustMaterial.publicKey(hint);
    timestamps.forEach((timestamp) => {
        if (!key.validFor(timestamp)) {
            throw new error_1.VerificationError({
                code: 'PUBLIC_KEY_ERROR',
                message: `Public key is not valid for timestamp: ${timestamp.toISOString()}`,
            });
        }
    });
    return { key: key.publicKey };
}
function verifyCertificate(leaf, timestamps, trustMaterial) {
    // Check that leaf certificate chains to a trusted CA
    let path = [];
    timestamps.forEach((timestamp) => {
        path = (0, certificate_1.verifyCertificateChain)(timestamp, leaf, trustMaterial.certificateAuthorities);
    });
    return {
        scts: (0, sct_1.verifySCTs)(path[0], path[1], trustMaterial.ctlogs),
        signer: getSigner(path[0]),
    };
}
function getSigner(cert) {
    let issuer;
    const issuerExtension = cert.extension(OID_FULCIO_ISSUER_V2);
    /* istanbul ignore next */
    if (issuerExtension) {
        issuer = issuerExtension.valueObj.subs?.[0]?.value.toString('ascii');
    }
    else {
        issuer = cert.extension(OID_FULCIO_ISSUER_V1)?.value.toString('ascii');
    }
    const oids = cert.extensions.map((ext) => {
        const oid = ext.subs[0].toOID();
        return {
            oid: { id: oid.split('.').map(Number) },
            value: ext.subs[ext.subs.length - 1].value,
        };
    });
    const identity = {
        extensions: { issuer },
        subjectAlternativeName: cert.subjectAltName,
        oids,
    };
    return {
        key: core_1.crypto.createPublicKey(cert.publicKey),
        identity,
    };
}


/***/ }),

/***/ 1633:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifySCTs = verifySCTs;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const core_1 = __nccwpck_require__(3917);
const error_1 = __nccwpck_require__(6849);
const trust_1 = __nccwpck_require__(7822);
function verifySCTs(cert, issuer, ctlogs) {
    let extSCT;
    // Verifying the SCT requires that we remove the SCT extension and
    // re-encode the TBS structure to DER -- this value is part of the data
    // over which the signature is calculated. Since this is a destructive action
    // we create a copy of the certificate so we can remove the SCT extension
    // without affecting the original certificate.
    const clone = cert.clone();
    // Intentionally not using the findExtension method here because we want to
    // remove the the SCT extension from the certificate before calculating the
    // PreCert structure
    for (let i = 0; i < clone.extensions.length; i++) {
        const ext = clone.extensions[i];
        if (ext.subs[0].toOID() === core_1.EXTENSION_OID_SCT) {
            extSCT = new core_1.X509SCTExtension(ext);
            // Remove the extension from the certificate
            clone.extensions.splice(i, 1);
            break;
        }
    }
    // No SCT extension found to verify
    if (!extSCT) {
        return [];
    }
    // Found an SCT extension but it has no SCTs
    /* istanbul ignore if -- too difficult to fabricate test case for this */
    if (extSCT.signedCertificateTimestamps.length === 0) {
        return [];
    }
    // Construct the PreCert structure
    // https://www.rfc-editor.org/rfc/rfc6962#section-3.2
    const preCert = new core_1.ByteStream();
    // Calculate hash of the issuer's public key
    const issuerId = core_1.crypto.digest('sha256', issuer.publicKey);
    preCert.appendView(issuerId);
    // Re-encodes the certificate to DER after removing the SCT extension
    const tbs = clone.tbsCertificate.toDER();
    preCert.appendUint24(tbs.length);
    preCert.appendView(tbs);
    // Calculate and return the verification results for each SCT
    return extSCT.signedCertificateTimestamps.map((sct) => {
        // Find the ctlog instance that corresponds to the SCT's logID
        const validCTLogs = (0, trust_1.filterTLogAuthorities)(ctlogs, {
            logID: sct.logID,
            targetDate: sct.datetime,
        });
        // See if the SCT is valid for any of the CT logs
        const verified = validCTLogs.some((log) => sct.verify(preCert.buffer, log.publicKey));
        if (!verified) {
            throw new error_1.VerificationError({
                code: 'CERTIFICATE_ERROR',
                message: 'SCT verification failed',
            });
        }
        return sct.logID;
    });
}


/***/ }),

/***/ 8037:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifySubjectAlternativeName = verifySubjectAlternativeName;
exports.verifyExtensions = verifyExtensions;
exports.verifyOIDs = verifyOIDs;
const error_1 = __nccwpck_require__(6849);
// Verifies that the signer's SAN matches the policy identity. The
// policyIdentity is treated as a JavaScript regular expression pattern and
// tested against the full signerIdentity string. For exact matching, use
// anchored patterns (e.g. '^user@example\\.com$').
function verifySubjectAlternativeName(policyIdentity, signerIdentity) {
    if (signerIdentity === undefined || !signerIdentity.match(policyIdentity)) {
        throw new error_1.PolicyError({
            code: 'UNTRUSTED_SIGNER_ERROR',
            message: `certificate identity error - expected ${policyIdentity}, got ${signerIdentity}`,
        });
    }
}
function verifyExtensions(policyExtensions, signerExtensions = {}) {
    let key;
    for (key in policyExtensions) {
        if (signerExtensions[key] !== policyExtensions[key]) {
            throw new error_1.PolicyError({
                code: 'UNTRUSTED_SIGNER_ERROR',
                message: `invalid certificate extension - expected ${key}=${policyExtensions[key]}, got ${key}=${signerExtensions[key]}`,
            });
        }
    }
}
function verifyOIDs(policyOIDs, signerOIDs = []) {
    for (const policyOID of policyOIDs) {
        const match = signerOIDs.find((signerOID) => oidEquals(policyOID.oid?.id, signerOID.oid?.id) &&
            policyOID.value.equals(signerOID.value));
        if (!match) {
            const oid = policyOID.oid?.id.join('.') ?? '<unknown>';
            throw new error_1.PolicyError({
                code: 'UNTRUSTED_SIGNER_ERROR',
                message: `invalid certificate extension - missing OID ${oid}`,
            });
        }
    }
}
function oidEquals(a, b) {
    if (a === undefined || b === undefined) {
        return false;
    }
    return a.length === b.length && a.every((v, i) => v === b[i]);
}


/***/ }),

/***/ 7968:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getTSATimestamp = getTSATimestamp;
exports.getTLogTimestamp = getTLogTimestamp;
const tsa_1 = __nccwpck_require__(4472);
function getTSATimestamp(timestamp, data, timestampAuthorities) {
    (0, tsa_1.verifyRFC3161Timestamp)(timestamp, data, timestampAuthorities);
    return {
        type: 'timestamp-authority',
        logID: timestamp.signerSerialNumber,
        timestamp: timestamp.signingTime,
    };
}
function getTLogTimestamp(entry) {
    // Only entries with an inclusion promise provide a verifiable timestamp
    if (!entry.inclusionPromise) {
        return undefined;
    }
    return {
        type: 'transparency-log',
        logID: entry.logId.keyId,
        timestamp: new Date(Number(entry.integratedTime) * 1000),
    };
}


/***/ }),

/***/ 4472:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyRFC3161Timestamp = verifyRFC3161Timestamp;
const core_1 = __nccwpck_require__(3917);
const error_1 = __nccwpck_require__(6849);
const certificate_1 = __nccwpck_require__(8412);
const trust_1 = __nccwpck_require__(7822);
function verifyRFC3161Timestamp(timestamp, data, timestampAuthorities) {
    const signingTime = timestamp.signingTime;
    // Filter for CAs which were valid at the time of signing
    timestampAuthorities = (0, trust_1.filterCertAuthorities)(timestampAuthorities, signingTime);
    // Filter for CAs which match serial and issuer embedded in the timestamp
    timestampAuthorities = filterCAsBySerialAndIssuer(timestampAuthorities, {
        serialNumber: timestamp.signerSerialNumber,
        issuer: timestamp.signerIssuer,
    });
    // Check that we can verify the timestamp with AT LEAST ONE of the remaining
    // CAs
    const verified = timestampAuthorities.some((ca) => {
        try {
            verifyTimestampForCA(timestamp, data, ca);
            return true;
        }
        catch (e) {
            return false;
        }
    });
    if (!verified) {
        throw new error_1.VerificationError({
            code: 'TIMESTAMP_ERROR',
            message: 'timestamp could not be verified',
        });
    }
}
function verifyTimestampForCA(timestamp, data, ca) {
    const [leaf, ...cas] = ca.certChain;
    const signingKey = core_1.crypto.createPublicKey(leaf.publicKey);
    const signingTime = timestamp.signingTime;
    // Verify the certificate chain for the provided CA
    try {
        new certificate_1.CertificateChainVerifier({
            untrustedCert: leaf,
            trustedCerts: cas,
            timestamp: signingTime,
        }).verify();
    }
    catch (e) {
        throw new error_1.VerificationError({
            code: 'TIMESTAMP_ERROR',
            message: 'invalid certificate chain',
        });
    }
    // Check that the signing certificate's key can be used to verify the
    // timestamp signature.
    timestamp.verify(data, signingKey);
}
// Filters the list of CAs to those which have a leaf signing certificate which
// matches the given serial number and issuer.
function filterCAsBySerialAndIssuer(timestampAuthorities, criteria) {
    return timestampAuthorities.filter((ca) => ca.certChain.length > 0 &&
        core_1.crypto.bufferEqual(ca.certChain[0].serialNumber, criteria.serialNumber) &&
        core_1.crypto.bufferEqual(ca.certChain[0].issuer, criteria.issuer));
}


/***/ }),

/***/ 9266:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LogCheckpoint = void 0;
exports.verifyCheckpoint = verifyCheckpoint;
/*
Copyright 2025 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const core_1 = __nccwpck_require__(3917);
const error_1 = __nccwpck_require__(6849);
// Separator between the note and the signatures in a checkpoint
const CHECKPOINT_SEPARATOR = '\n\n';
// Checkpoint signatures are of the following form:
// "– <identity> <key_hint+signature_bytes>\n"
// where:
// - the prefix is an emdash (U+2014).
// - <identity> gives a human-readable representation of the signing ID.
// - <key_hint+signature_bytes> is the first 4 bytes of the SHA256 hash of the
//   associated public key followed by the signature bytes.
const SIGNATURE_REGEX = /\u2014 (\S+) (\S+)\n/g;
// Verifies the checkpoint value in the given tlog entry. There are two steps
// to the verification:
// 1. Verify that all signatures in the checkpoint can be verified against a
//    trusted public key
// 2. Verify that the root hash in the checkpoint matches the root hash in the
//    inclusion proof
// See: https://github.com/transparency-dev/formats/blob/main/log/README.md
function verifyCheckpoint(entry, tlogs) {
    const inclusionProof = entry.inclusionProof;
    const signedNote = SignedNote.fromString(inclusionProof.checkpoint.envelope);
    const checkpoint = LogCheckpoint.fromString(signedNote.note);
    // Verify that the signatures in the checkpoint are all valid
    if (!verifySignedNote(signedNote, tlogs)) {
        throw new error_1.VerificationError({
            code: 'TLOG_INCLUSION_PROOF_ERROR',
            message: 'invalid checkpoint signature',
        });
    }
    return checkpoint;
}
// Verifies the signatures in the SignedNote. For each signature, the
// corresponding transparency log is looked up by the key hint and the
// signature is verified against the public key in the transparency log.
// Throws an error if any of the signatures are invalid.
function verifySignedNote(signedNote, tlogs) {
    const data = Buffer.from(signedNote.note, 'utf-8');
    return signedNote.signatures.some((signature) => {
        // Find the transparency log instance with the matching key hint
        const tlog = tlogs.find((tlog) => core_1.crypto.bufferEqual(tlog.logID.subarray(0, 4), signature.keyHint) &&
            // Match the signature name to the base URL of the tlog. The name is
            // attacker-controlled, so it MUST be compared as a literal substring
            // and never coerced into a RegExp (as String.prototype.match would).
            tlog.baseURL.includes(signature.name));
        if (!tlog) {
            return false;
        }
        return core_1.crypto.verify(data, tlog.publicKey, signature.signature);
    });
}
// SignedNote represents a signed note from a transparency log checkpoint. Consists
// of a body (or note) and one more signatures calculated over the body. See
// https://github.com/transparency-dev/formats/blob/main/log/README.md#signed-envelope
class SignedNote {
    note;
    signatures;
    constructor(note, signatures) {
        this.note = note;
        this.signatures = signatures;
    }
    // Deserialize a SignedNote from a string
    static fromString(envelope) {
        if (!envelope.includes(CHECKPOINT_SEPARATOR)) {
            throw new error_1.VerificationError({
                code: 'TLOG_INCLUSION_PROOF_ERROR',
                message: 'missing checkpoint separator',
            });
        }
        // Split the note into the header and the data portions at the separator
        const split = envelope.indexOf(CHECKPOINT_SEPARATOR);
        const header = envelope.slice(0, split + 1);
        const data = envelope.slice(split + CHECKPOINT_SEPARATOR.length);
        // Find all the signature lines in the data portion
        const matches = data.matchAll(SIGNATURE_REGEX);
        // Parse each of the matched signature lines into the name and signature.
        // The first four bytes of the signature are the key hint (should match the
        // first four bytes of the log ID), and the rest is the signature itself.
        const signatures = Array.from(matches, (match) => {
            const [, name, signature] = match;
            const sigBytes = Buffer.from(signature, 'base64');
            if (sigBytes.length < 5) {
                throw new error_1.VerificationError({
                    code: 'TLOG_INCLUSION_PROOF_ERROR',
                    message: 'malformed checkpoint signature',
                });
            }
            return {
                name,
                keyHint: sigBytes.subarray(0, 4),
                signature: sigBytes.subarray(4),
            };
        });
        if (signatures.length === 0) {
            throw new error_1.VerificationError({
                code: 'TLOG_INCLUSION_PROOF_ERROR',
                message: 'no signatures found in checkpoint',
            });
        }
        return new SignedNote(header, signatures);
    }
}
// LogCheckpoint represents a transparency log checkpoint. Consists of the
// following:
//  - origin: the name of the transparency log
//  - logSize: the size of the log at the time of the checkpoint
//  - logHash: the root hash of the log at the time of the checkpoint
//  - rest: the rest of the checkpoint body, which is a list of log entries
// See:
// https://github.com/transparency-dev/formats/blob/main/log/README.md#checkpoint-body
class LogCheckpoint {
    origin;
    logSize;
    logHash;
    rest;
    constructor(origin, logSize, logHash, rest) {
        this.origin = origin;
        this.logSize = logSize;
        this.logHash = logHash;
        this.rest = rest;
    }
    static fromString(note) {
        const lines = note.trimEnd().split('\n');
        if (lines.length < 3) {
            throw new error_1.VerificationError({
                code: 'TLOG_INCLUSION_PROOF_ERROR',
                message: 'too few lines in checkpoint header',
            });
        }
        const origin = lines[0];
        // logSize is attacker-controlled and parsed before any signature is
        // verified, so guard against BigInt() throwing an uncaught SyntaxError on
        // malformed input.
        let logSize;
        try {
            logSize = BigInt(lines[1]);
        }
        catch {
            throw new error_1.VerificationError({
                code: 'TLOG_INCLUSION_PROOF_ERROR',
                message: 'invalid checkpoint log size',
            });
        }
        const rootHash = Buffer.from(lines[2], 'base64');
        const rest = lines.slice(3);
        return new LogCheckpoint(origin, logSize, rootHash, rest);
    }
}
exports.LogCheckpoint = LogCheckpoint;


/***/ }),

/***/ 7005:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DSSE_API_VERSION_V1 = void 0;
exports.verifyDSSETLogBody = verifyDSSETLogBody;
exports.verifyDSSETLogBodyV2 = verifyDSSETLogBodyV2;
/*
Copyright 2025 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __nccwpck_require__(6849);
exports.DSSE_API_VERSION_V1 = '0.0.1';
// Compare the given dsse tlog entry to the given bundle
function verifyDSSETLogBody(tlogEntry, content) {
    switch (tlogEntry.apiVersion) {
        case exports.DSSE_API_VERSION_V1:
            return verifyDSSE001TLogBody(tlogEntry, content);
        default:
            throw new error_1.VerificationError({
                code: 'TLOG_BODY_ERROR',
                message: `unsupported dsse version: ${tlogEntry.apiVersion}`,
            });
    }
}
// Compare the given dsse tlog entry to the given bundle. This function is
// specifically for Rekor V2 entries.
function verifyDSSETLogBodyV2(tlogEntry, content) {
    const spec = tlogEntry.spec?.spec;
    if (!spec) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: `missing dsse spec`,
        });
    }
    switch (spec.$case) {
        case 'dsseV002':
            return verifyDSSE002TLogBody(spec.dsseV002, content);
        default:
            throw new error_1.VerificationError({
                code: 'TLOG_BODY_ERROR',
                message: `unsupported version: ${spec.$case}`,
            });
    }
}
// Compare the given dsse v0.0.1 tlog entry to the given DSSE envelope.
function verifyDSSE001TLogBody(tlogEntry, content) {
    // Ensure the bundle's DSSE only contains a single signature
    if (tlogEntry.spec.signatures?.length !== 1) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'signature count mismatch',
        });
    }
    const tlogSig = tlogEntry.spec.signatures[0].signature;
    // Ensure that the signature in the bundle's DSSE matches tlog entry
    if (!content.compareSignature(Buffer.from(tlogSig, 'base64')))
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'tlog entry signature mismatch',
        });
    // Ensure the digest of the bundle's DSSE payload matches the digest in the
    // tlog entry
    const tlogHash = tlogEntry.spec.payloadHash?.value || '';
    if (!content.compareDigest(Buffer.from(tlogHash, 'hex'))) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'DSSE payload hash mismatch',
        });
    }
}
// Compare the given dsse v0.0.2 tlog entry to the given DSSE envelope.
function verifyDSSE002TLogBody(spec, content) {
    // Ensure the bundle's DSSE only contains a single signature
    if (spec.signatures?.length !== 1) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'signature count mismatch',
        });
    }
    const tlogSig = spec.signatures[0].content;
    // Ensure that the signature in the bundle's DSSE matches tlog entry
    if (!content.compareSignature(tlogSig))
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'tlog entry signature mismatch',
        });
    // Ensure the digest of the bundle's DSSE payload matches the digest in the
    // tlog entry
    const tlogHash = spec.payloadHash?.digest || Buffer.from('');
    if (!content.compareDigest(tlogHash)) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'DSSE payload hash mismatch',
        });
    }
}


/***/ }),

/***/ 1484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HASHEDREKORD_API_VERSION_V1 = void 0;
exports.verifyHashedRekordTLogBody = verifyHashedRekordTLogBody;
exports.verifyHashedRekordTLogBodyV2 = verifyHashedRekordTLogBodyV2;
/*
Copyright 2025 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __nccwpck_require__(6849);
exports.HASHEDREKORD_API_VERSION_V1 = '0.0.1';
// Compare the given hashedrekord tlog entry to the given bundle
function verifyHashedRekordTLogBody(tlogEntry, content) {
    switch (tlogEntry.apiVersion) {
        case exports.HASHEDREKORD_API_VERSION_V1:
            return verifyHashedrekord001TLogBody(tlogEntry, content);
        default:
            throw new error_1.VerificationError({
                code: 'TLOG_BODY_ERROR',
                message: `unsupported hashedrekord version: ${tlogEntry.apiVersion}`,
            });
    }
}
// Compare the given hashedrekor tlog entry to the given bundle. This function is
// specifically for Rekor V2 entries.
function verifyHashedRekordTLogBodyV2(tlogEntry, content) {
    const spec = tlogEntry.spec?.spec;
    if (!spec) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: `missing dsse spec`,
        });
    }
    switch (spec.$case) {
        case 'hashedRekordV002':
            return verifyHashedrekord002TLogBody(spec.hashedRekordV002, content);
        default:
            throw new error_1.VerificationError({
                code: 'TLOG_BODY_ERROR',
                message: `unsupported version: ${spec.$case}`,
            });
    }
}
// Compare the given hashedrekord v0.0.1 tlog entry to the given message
// signature
function verifyHashedrekord001TLogBody(tlogEntry, content) {
    // Ensure that the bundles message signature matches the tlog entry
    const tlogSig = tlogEntry.spec.signature.content || '';
    if (!content.compareSignature(Buffer.from(tlogSig, 'base64'))) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'signature mismatch',
        });
    }
    // Ensure that the bundle's signed digest matches the tlog entry
    const tlogDigest = tlogEntry.spec.data.hash?.value || '';
    if (!content.compareSignedDigest(Buffer.from(tlogDigest, 'hex'))) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'digest mismatch',
        });
    }
}
// Compare the given hashedrekord v0.0.2 tlog entry to the given message
// signature
function verifyHashedrekord002TLogBody(spec, content) {
    // Ensure that the bundles message signature matches the tlog entry
    const tlogSig = spec.signature?.content || Buffer.from('');
    if (!content.compareSignature(tlogSig)) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'signature mismatch',
        });
    }
    // Ensure that the bundle's signed digest matches the tlog entry
    const tlogHash = spec.data?.digest || Buffer.from('');
    if (!content.compareSignedDigest(tlogHash)) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'digest mismatch',
        });
    }
}


/***/ }),

/***/ 8218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyTLogBody = verifyTLogBody;
exports.verifyTLogInclusion = verifyTLogInclusion;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const v2_1 = __nccwpck_require__(3835);
const error_1 = __nccwpck_require__(6849);
const dsse_1 = __nccwpck_require__(7005);
const hashedrekord_1 = __nccwpck_require__(1484);
const intoto_1 = __nccwpck_require__(7703);
const checkpoint_1 = __nccwpck_require__(9266);
const merkle_1 = __nccwpck_require__(7046);
const set_1 = __nccwpck_require__(333);
// Verifies that the given tlog entry matches the supplied signature content.
function verifyTLogBody(entry, sigContent) {
    const { kind, version } = entry.kindVersion;
    // The canonicalized body is attacker-controlled; parse defensively so
    // malformed JSON yields a VerificationError rather than an uncaught
    // SyntaxError.
    let body;
    try {
        body = JSON.parse(entry.canonicalizedBody.toString('utf8'));
    }
    catch {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'invalid canonicalized body',
        });
    }
    // validate body
    if (kind !== body.kind || version !== body.apiVersion) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: `kind/version mismatch - expected: ${kind}/${version}, received: ${body.kind}/${body.apiVersion}`,
        });
    }
    switch (kind) {
        case 'dsse':
            // Rekor V1 and V2 use incompatible types so we need to branch here based on version
            if (version == dsse_1.DSSE_API_VERSION_V1) {
                return (0, dsse_1.verifyDSSETLogBody)(body, sigContent);
            }
            else {
                const entryRekorV2 = v2_1.Entry.fromJSON(body);
                return (0, dsse_1.verifyDSSETLogBodyV2)(entryRekorV2, sigContent);
            }
        case 'intoto':
            return (0, intoto_1.verifyIntotoTLogBody)(body, sigContent);
        case 'hashedrekord':
            // Rekor V1 and V2 use incompatible types so we need to branch here based on version
            if (version == hashedrekord_1.HASHEDREKORD_API_VERSION_V1) {
                return (0, hashedrekord_1.verifyHashedRekordTLogBody)(body, sigContent);
            }
            else {
                const entryRekorV2 = v2_1.Entry.fromJSON(body);
                return (0, hashedrekord_1.verifyHashedRekordTLogBodyV2)(entryRekorV2, sigContent);
            }
        /* istanbul ignore next */
        default:
            throw new error_1.VerificationError({
                code: 'TLOG_BODY_ERROR',
                message: `unsupported kind: ${kind}`,
            });
    }
}
function verifyTLogInclusion(entry, tlogAuthorities) {
    let inclusionVerified = false;
    if (isTLogEntryWithInclusionPromise(entry)) {
        (0, set_1.verifyTLogSET)(entry, tlogAuthorities);
        inclusionVerified = true;
    }
    if (isTLogEntryWithInclusionProof(entry)) {
        // Bind the claimed log ID to the authority that verifies the checkpoint.
        const matchingAuthorities = tlogAuthorities.filter((tlog) => tlog.logID.equals(entry.logId.keyId));
        const checkpoint = (0, checkpoint_1.verifyCheckpoint)(entry, matchingAuthorities);
        (0, merkle_1.verifyMerkleInclusion)(entry, checkpoint);
        inclusionVerified = true;
    }
    if (!inclusionVerified) {
        throw new error_1.VerificationError({
            code: 'TLOG_MISSING_INCLUSION_ERROR',
            message: 'inclusion could not be verified',
        });
    }
    return;
}
function isTLogEntryWithInclusionPromise(entry) {
    return entry.inclusionPromise !== undefined;
}
function isTLogEntryWithInclusionProof(entry) {
    return entry.inclusionProof !== undefined;
}


/***/ }),

/***/ 7703:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyIntotoTLogBody = verifyIntotoTLogBody;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __nccwpck_require__(6849);
// Compare the given intoto tlog entry to the given bundle
function verifyIntotoTLogBody(tlogEntry, content) {
    switch (tlogEntry.apiVersion) {
        case '0.0.2':
            return verifyIntoto002TLogBody(tlogEntry, content);
        default:
            throw new error_1.VerificationError({
                code: 'TLOG_BODY_ERROR',
                message: `unsupported intoto version: ${tlogEntry.apiVersion}`,
            });
    }
}
// Compare the given intoto v0.0.2 tlog entry to the given DSSE envelope.
function verifyIntoto002TLogBody(tlogEntry, content) {
    // Ensure the bundle's DSSE contains a single signature
    if (tlogEntry.spec.content.envelope.signatures?.length !== 1) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'signature count mismatch',
        });
    }
    // Signature is double-base64-encoded in the tlog entry
    const tlogSig = base64Decode(tlogEntry.spec.content.envelope.signatures[0].sig);
    // Ensure that the signature in the bundle's DSSE matches tlog entry
    if (!content.compareSignature(Buffer.from(tlogSig, 'base64'))) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'tlog entry signature mismatch',
        });
    }
    // Ensure the digest of the bundle's DSSE payload matches the digest in the
    // tlog entry
    const tlogHash = tlogEntry.spec.content.payloadHash?.value || '';
    if (!content.compareDigest(Buffer.from(tlogHash, 'hex'))) {
        throw new error_1.VerificationError({
            code: 'TLOG_BODY_ERROR',
            message: 'DSSE payload hash mismatch',
        });
    }
}
function base64Decode(str) {
    return Buffer.from(str, 'base64').toString('utf-8');
}


/***/ }),

/***/ 7046:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyMerkleInclusion = verifyMerkleInclusion;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const core_1 = __nccwpck_require__(3917);
const error_1 = __nccwpck_require__(6849);
const RFC6962_LEAF_HASH_PREFIX = Buffer.from([0x00]);
const RFC6962_NODE_HASH_PREFIX = Buffer.from([0x01]);
function verifyMerkleInclusion(entry, checkpoint) {
    const inclusionProof = entry.inclusionProof;
    // logIndex is attacker-controlled; parse defensively so malformed input
    // yields a VerificationError rather than an uncaught SyntaxError.
    let logIndex;
    try {
        logIndex = BigInt(inclusionProof.logIndex);
    }
    catch {
        throw new error_1.VerificationError({
            code: 'TLOG_INCLUSION_PROOF_ERROR',
            message: 'invalid inclusion proof log index',
        });
    }
    const treeSize = BigInt(checkpoint.logSize);
    if (logIndex < 0n || logIndex >= treeSize) {
        throw new error_1.VerificationError({
            code: 'TLOG_INCLUSION_PROOF_ERROR',
            message: `invalid index: ${logIndex}`,
        });
    }
    // Figure out which subset of hashes corresponds to the inner and border
    // nodes
    const { inner, border } = decompInclProof(logIndex, treeSize);
    if (inclusionProof.hashes.length !== inner + border) {
        throw new error_1.VerificationError({
            code: 'TLOG_INCLUSION_PROOF_ERROR',
            message: 'invalid hash count',
        });
    }
    const innerHashes = inclusionProof.hashes.slice(0, inner);
    const borderHashes = inclusionProof.hashes.slice(inner);
    // The entry's hash is the leaf hash
    const leafHash = hashLeaf(entry.canonicalizedBody);
    // Chain the hashes belonging to the inner and border portions
    const calculatedHash = chainBorderRight(chainInner(leafHash, innerHashes, logIndex), borderHashes);
    // Calculated hash should match the root hash in the inclusion proof
    if (!core_1.crypto.bufferEqual(calculatedHash, checkpoint.logHash)) {
        throw new error_1.VerificationError({
            code: 'TLOG_INCLUSION_PROOF_ERROR',
            message: 'calculated root hash does not match inclusion proof',
        });
    }
}
// Breaks down inclusion proof for a leaf at the specified index in a tree of
// the specified size. The split point is where paths to the index leaf and
// the (size - 1) leaf diverge. Returns lengths of the bottom and upper proof
// parts.
function decompInclProof(index, size) {
    const inner = innerProofSize(index, size);
    const border = onesCount(index >> BigInt(inner));
    return { inner, border };
}
// Computes a subtree hash for a node on or below the tree's right border.
// Assumes the provided proof hashes are ordered from lower to higher levels
// and seed is the initial hash of the node specified by the index.
function chainInner(seed, hashes, index) {
    return hashes.reduce((acc, h, i) => {
        if ((index >> BigInt(i)) & BigInt(1)) {
            return hashChildren(h, acc);
        }
        else {
            return hashChildren(acc, h);
        }
    }, seed);
}
// Computes a subtree hash for nodes along the tree's right border.
function chainBorderRight(seed, hashes) {
    return hashes.reduce((acc, h) => hashChildren(h, acc), seed);
}
function innerProofSize(index, size) {
    return bitLength(index ^ (size - BigInt(1)));
}
// Counts the number of ones in the binary representation of the given number.
// https://en.wikipedia.org/wiki/Hamming_weight
function onesCount(num) {
    return num.toString(2).split('1').length - 1;
}
// Returns the number of bits necessary to represent an integer in binary.
function bitLength(n) {
    if (n === 0n) {
        return 0;
    }
    return n.toString(2).length;
}
// Hashing logic according to RFC6962.
// https://datatracker.ietf.org/doc/html/rfc6962#section-2
function hashChildren(left, right) {
    return core_1.crypto.digest('sha256', RFC6962_NODE_HASH_PREFIX, left, right);
}
function hashLeaf(leaf) {
    return core_1.crypto.digest('sha256', RFC6962_LEAF_HASH_PREFIX, leaf);
}


/***/ }),

/***/ 333:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyTLogSET = verifyTLogSET;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const core_1 = __nccwpck_require__(3917);
const error_1 = __nccwpck_require__(6849);
const trust_1 = __nccwpck_require__(7822);
// Verifies the SET for the given entry against the list of trusted
// transparency logs. Returns true if the SET can be verified against at least
// one of the trusted logs; otherwise, returns false.
function verifyTLogSET(entry, tlogs) {
    // Filter the list of tlog instances to only those which might be able to
    // verify the SET
    const validTLogs = (0, trust_1.filterTLogAuthorities)(tlogs, {
        logID: entry.logId.keyId,
        targetDate: new Date(Number(entry.integratedTime) * 1000),
    });
    // Check to see if we can verify the SET against any of the valid tlogs
    const verified = validTLogs.some((tlog) => {
        // Re-create the original Rekor verification payload
        const payload = toVerificationPayload(entry);
        // Canonicalize the payload and turn into a buffer for verification
        const data = Buffer.from(core_1.json.canonicalize(payload), 'utf8');
        // Extract the SET from the tlog entry
        const signature = entry.inclusionPromise.signedEntryTimestamp;
        return core_1.crypto.verify(data, tlog.publicKey, signature);
    });
    if (!verified) {
        throw new error_1.VerificationError({
            code: 'TLOG_INCLUSION_PROMISE_ERROR',
            message: 'inclusion promise could not be verified',
        });
    }
}
// Returns a properly formatted "VerificationPayload" for one of the
// transaction log entires in the given bundle which can be used for SET
// verification.
function toVerificationPayload(entry) {
    const { integratedTime, logIndex, logId, canonicalizedBody } = entry;
    return {
        body: canonicalizedBody.toString('base64'),
        integratedTime: Number(integratedTime),
        logIndex: Number(logIndex),
        logID: logId.keyId.toString('hex'),
    };
}


/***/ }),

/***/ 9738:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.filterCertAuthorities = filterCertAuthorities;
exports.filterTLogAuthorities = filterTLogAuthorities;
function filterCertAuthorities(certAuthorities, timestamp) {
    return certAuthorities.filter((ca) => {
        return ca.validFor.start <= timestamp && ca.validFor.end >= timestamp;
    });
}
// Filter the list of tlog instances to only those which match the given log
// ID and have public keys which are valid for the given integrated time.
function filterTLogAuthorities(tlogAuthorities, criteria) {
    return tlogAuthorities.filter((tlog) => {
        // If we're filtering by log ID and the log IDs don't match, we can't use
        // this tlog
        if (criteria.logID && !tlog.logID.equals(criteria.logID)) {
            return false;
        }
        // Check that the integrated time is within the validFor range
        return (tlog.validFor.start <= criteria.targetDate &&
            criteria.targetDate <= tlog.validFor.end);
    });
}


/***/ }),

/***/ 7822:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.filterTLogAuthorities = exports.filterCertAuthorities = void 0;
exports.toTrustMaterial = toTrustMaterial;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const core_1 = __nccwpck_require__(3917);
const protobuf_specs_1 = __nccwpck_require__(9654);
const error_1 = __nccwpck_require__(6849);
const BEGINNING_OF_TIME = new Date(0);
const END_OF_TIME = new Date(8640000000000000);
var filter_1 = __nccwpck_require__(9738);
Object.defineProperty(exports, "filterCertAuthorities", ({ enumerable: true, get: function () { return filter_1.filterCertAuthorities; } }));
Object.defineProperty(exports, "filterTLogAuthorities", ({ enumerable: true, get: function () { return filter_1.filterTLogAuthorities; } }));
function toTrustMaterial(root, keys) {
    const keyFinder = typeof keys === 'function' ? keys : keyLocator(keys);
    return {
        certificateAuthorities: root.certificateAuthorities.map(createCertAuthority),
        timestampAuthorities: root.timestampAuthorities.map(createCertAuthority),
        tlogs: root.tlogs.map(createTLogAuthority),
        ctlogs: root.ctlogs.map(createTLogAuthority),
        publicKey: keyFinder,
    };
}
function createTLogAuthority(tlogInstance) {
    const keyDetails = tlogInstance.publicKey.keyDetails;
    const keyType = keyDetails === protobuf_specs_1.PublicKeyDetails.PKCS1_RSA_PKCS1V5 ||
        keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V5 ||
        keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256 ||
        keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256 ||
        keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256
        ? 'pkcs1'
        : 'spki';
    /* istanbul ignore next */
    return {
        baseURL: tlogInstance.baseUrl,
        logID: tlogInstance.checkpointKeyId
            ? tlogInstance.checkpointKeyId.keyId
            : tlogInstance.logId.keyId,
        publicKey: core_1.crypto.createPublicKey(tlogInstance.publicKey.rawBytes, keyType),
        validFor: {
            start: tlogInstance.publicKey.validFor?.start || BEGINNING_OF_TIME,
            end: tlogInstance.publicKey.validFor?.end || END_OF_TIME,
        },
    };
}
function createCertAuthority(ca) {
    /* istanbul ignore next */
    return {
        certChain: ca.certChain.certificates.map((cert) => {
            return core_1.X509Certificate.parse(Buffer.from(cert.rawBytes));
        }),
        validFor: {
            start: ca.validFor?.start || BEGINNING_OF_TIME,
            end: ca.validFor?.end || END_OF_TIME,
        },
    };
}
function keyLocator(keys) {
    return (hint) => {
        const key = (keys || {})[hint];
        if (!key) {
            throw new error_1.VerificationError({
                code: 'PUBLIC_KEY_ERROR',
                message: `key not found: ${hint}`,
            });
        }
        return {
            publicKey: core_1.crypto.createPublicKey(key.rawBytes),
            validFor: (date) => {
                /* istanbul ignore next */
                return ((key.validFor?.start || BEGINNING_OF_TIME) <= date &&
                    (key.validFor?.end || END_OF_TIME) >= date);
            },
        };
    };
}


/***/ }),

/***/ 4433:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Verifier = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const util_1 = __nccwpck_require__(9023);
const error_1 = __nccwpck_require__(6849);
const key_1 = __nccwpck_require__(3771);
const policy_1 = __nccwpck_require__(8037);
const timestamp_1 = __nccwpck_require__(7968);
const tlog_1 = __nccwpck_require__(8218);
class Verifier {
    trustMaterial;
    options;
    constructor(trustMaterial, options = {}) {
        this.trustMaterial = trustMaterial;
        this.options = {
            ctlogThreshold: options.ctlogThreshold ?? 1,
            tlogThreshold: options.tlogThreshold ?? 1,
            timestampThreshold: options.timestampThreshold ?? options.tsaThreshold ?? 1,
            tsaThreshold: 0,
        };
    }
    verify(entity, policy) {
        const timestamps = this.verifyTimestamps(entity);
        const signer = this.verifySigningKey(entity, timestamps);
        this.verifyTLogs(entity);
        this.verifySignature(entity, signer);
        if (policy) {
            this.verifyPolicy(policy, signer.identity || {});
        }
        return signer;
    }
    // Checks that all of the timestamps in the entity are valid and returns them
    verifyTimestamps(entity) {
        const timestamps = [];
        for (const timestamp of entity.timestamps) {
            switch (timestamp.$case) {
                case 'timestamp-authority':
                    timestamps.push((0, timestamp_1.getTSATimestamp)(timestamp.timestamp, entity.signature.signature, this.trustMaterial.timestampAuthorities));
                    break;
                case 'transparency-log': {
                    const result = (0, timestamp_1.getTLogTimestamp)(timestamp.tlogEntry);
                    if (result) {
                        timestamps.push(result);
                    }
                    break;
                }
            }
        }
        // Check for duplicate timestamps
        if (containsDupes(timestamps)) {
            throw new error_1.VerificationError({
                code: 'TIMESTAMP_ERROR',
                message: 'duplicate timestamp',
            });
        }
        if (timestamps.length < this.options.timestampThreshold) {
            throw new error_1.VerificationError({
                code: 'TIMESTAMP_ERROR',
                message: `expected ${this.options.timestampThreshold} timestamps, got ${timestamps.length}`,
            });
        }
        return timestamps.map((t) => t.timestamp);
    }
    // Checks that the signing key is valid for all of the the supplied timestamps
    // and returns the signer.
    verifySigningKey({ key }, timestamps) {
        switch (key.$case) {
            case 'public-key': {
                return (0, key_1.verifyPublicKey)(key.hint, timestamps, this.trustMaterial);
            }
            case 'certificate': {
                const result = (0, key_1.verifyCertificate)(key.certificate, timestamps, this.trustMaterial);
                /* istanbul ignore next - no fixture */
                if (containsDupes(result.scts)) {
                    throw new error_1.VerificationError({
                        code: 'CERTIFICATE_ERROR',
                        message: 'duplicate SCT',
                    });
                }
                if (result.scts.length < this.options.ctlogThreshold) {
                    throw new error_1.VerificationError({
                        code: 'CERTIFICATE_ERROR',
                        message: `expected ${this.options.ctlogThreshold} SCTs, got ${result.scts.length}`,
                    });
                }
                return result.signer;
            }
        }
    }
    // Checks that the tlog entries are valid for the supplied content
    verifyTLogs({ signature: content, tlogEntries }) {
        const entryIDs = [];
        tlogEntries.forEach((entry) => {
            (0, tlog_1.verifyTLogInclusion)(entry, this.trustMaterial.tlogs);
            (0, tlog_1.verifyTLogBody)(entry, content);
            entryIDs.push({
                logID: entry.logId.keyId,
                body: entry.canonicalizedBody,
            });
        });
        // Check for duplicate entries so that repeated copies of a single entry
        // cannot be counted more than once toward the threshold. Inclusion
        // verification authenticates the log ID and body, but a proof does not
        // authenticate the top-level log index.
        if (containsDupes(entryIDs)) {
            throw new error_1.VerificationError({
                code: 'TLOG_ERROR',
                message: 'duplicate tlog entry',
            });
        }
        if (entryIDs.length < this.options.tlogThreshold) {
            throw new error_1.VerificationError({
                code: 'TLOG_ERROR',
                message: `expected ${this.options.tlogThreshold} tlog entries, got ${entryIDs.length}`,
            });
        }
    }
    // Checks that the signature is valid for the supplied content
    verifySignature(entity, signer) {
        if (!entity.signature.verifySignature(signer.key)) {
            throw new error_1.VerificationError({
                code: 'SIGNATURE_ERROR',
                message: 'signature verification failed',
            });
        }
    }
    verifyPolicy(policy, identity) {
        // Check the subject alternative name of the signer matches the policy
        /* istanbul ignore else */
        if (policy.subjectAlternativeName) {
            (0, policy_1.verifySubjectAlternativeName)(policy.subjectAlternativeName, identity.subjectAlternativeName);
        }
        // Check that the extensions of the signer match the policy
        /* istanbul ignore else */
        if (policy.extensions) {
            (0, policy_1.verifyExtensions)(policy.extensions, identity.extensions);
        }
        // Check that the OIDs of the signer match the policy
        /* istanbul ignore if */
        if (policy.oids) {
            (0, policy_1.verifyOIDs)(policy.oids, identity.oids);
        }
    }
}
exports.Verifier = Verifier;
// Checks for duplicate items in the array. Objects are compared using
// deep equality.
function containsDupes(arr) {
    for (let i = 0; i < arr.length; i++) {
        for (let j = i + 1; j < arr.length; j++) {
            if ((0, util_1.isDeepStrictEqual)(arr[i], arr[j])) {
                return true;
            }
        }
    }
    return false;
}


/***/ }),

/***/ 668:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

(function(nacl) {
'use strict';

// Ported in 2014 by Dmitry Chestnykh and Devi Mandiri.
// Public domain.
//
// Implementation derived from TweetNaCl version 20140427.
// See for details: http://tweetnacl.cr.yp.to/

var gf = function(init) {
  var i, r = new Float64Array(16);
  if (init) for (i = 0; i < init.length; i++) r[i] = init[i];
  return r;
};

//  Pluggable, initialized in high-level API below.
var randombytes = function(/* x, n */) { throw new Error('no PRNG'); };

var _0 = new Uint8Array(16);
var _9 = new Uint8Array(32); _9[0] = 9;

var gf0 = gf(),
    gf1 = gf([1]),
    _121665 = gf([0xdb41, 1]),
    D = gf([0x78a3, 0x1359, 0x4dca, 0x75eb, 0xd8ab, 0x4141, 0x0a4d, 0x0070, 0xe898, 0x7779, 0x4079, 0x8cc7, 0xfe73, 0x2b6f, 0x6cee, 0x5203]),
    D2 = gf([0xf159, 0x26b2, 0x9b94, 0xebd6, 0xb156, 0x8283, 0x149a, 0x00e0, 0xd130, 0xeef3, 0x80f2, 0x198e, 0xfce7, 0x56df, 0xd9dc, 0x2406]),
    X = gf([0xd51a, 0x8f25, 0x2d60, 0xc956, 0xa7b2, 0x9525, 0xc760, 0x692c, 0xdc5c, 0xfdd6, 0xe231, 0xc0a4, 0x53fe, 0xcd6e, 0x36d3, 0x2169]),
    Y = gf([0x6658, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666]),
    I = gf([0xa0b0, 0x4a0e, 0x1b27, 0xc4ee, 0xe478, 0xad2f, 0x1806, 0x2f43, 0xd7a7, 0x3dfb, 0x0099, 0x2b4d, 0xdf0b, 0x4fc1, 0x2480, 0x2b83]);

function ts64(x, i, h, l) {
  x[i]   = (h >> 24) & 0xff;
  x[i+1] = (h >> 16) & 0xff;
  x[i+2] = (h >>  8) & 0xff;
  x[i+3] = h & 0xff;
  x[i+4] = (l >> 24)  & 0xff;
  x[i+5] = (l >> 16)  & 0xff;
  x[i+6] = (l >>  8)  & 0xff;
  x[i+7] = l & 0xff;
}

function vn(x, xi, y, yi, n) {
  var i,d = 0;
  for (i = 0; i < n; i++) d |= x[xi+i]^y[yi+i];
  return (1 & ((d - 1) >>> 8)) - 1;
}

function crypto_verify_16(x, xi, y, yi) {
  return vn(x,xi,y,yi,16);
}

function crypto_verify_32(x, xi, y, yi) {
  return vn(x,xi,y,yi,32);
}

function core_salsa20(o, p, k, c) {
  var j0  = c[ 0] & 0xff | (c[ 1] & 0xff)<<8 | (c[ 2] & 0xff)<<16 | (c[ 3] & 0xff)<<24,
      j1  = k[ 0] & 0xff | (k[ 1] & 0xff)<<8 | (k[ 2] & 0xff)<<16 | (k[ 3] & 0xff)<<24,
      j2  = k[ 4] & 0xff | (k[ 5] & 0xff)<<8 | (k[ 6] & 0xff)<<16 | (k[ 7] & 0xff)<<24,
      j3  = k[ 8] & 0xff | (k[ 9] & 0xff)<<8 | (k[10] & 0xff)<<16 | (k[11] & 0xff)<<24,
      j4  = k[12] & 0xff | (k[13] & 0xff)<<8 | (k[14] & 0xff)<<16 | (k[15] & 0xff)<<24,
      j5  = c[ 4] & 0xff | (c[ 5] & 0xff)<<8 | (c[ 6] & 0xff)<<16 | (c[ 7] & 0xff)<<24,
      j6  = p[ 0] & 0xff | (p[ 1] & 0xff)<<8 | (p[ 2] & 0xff)<<16 | (p[ 3] & 0xff)<<24,
      j7  = p[ 4] & 0xff | (p[ 5] & 0xff)<<8 | (p[ 6] & 0xff)<<16 | (p[ 7] & 0xff)<<24,
      j8  = p[ 8] & 0xff | (p[ 9] & 0xff)<<8 | (p[10] & 0xff)<<16 | (p[11] & 0xff)<<24,
      j9  = p[12] & 0xff | (p[13] & 0xff)<<8 | (p[14] & 0xff)<<16 | (p[15] & 0xff)<<24,
      j10 = c[ 8] & 0xff | (c[ 9] & 0xff)<<8 | (c[10] & 0xff)<<16 | (c[11] & 0xff)<<24,
      j11 = k[16] & 0xff | (k[17] & 0xff)<<8 | (k[18] & 0xff)<<16 | (k[19] & 0xff)<<24,
      j12 = k[20] & 0xff | (k[21] & 0xff)<<8 | (k[22] & 0xff)<<16 | (k[23] & 0xff)<<24,
      j13 = k[24] & 0xff | (k[25] & 0xff)<<8 | (k[26] & 0xff)<<16 | (k[27] & 0xff)<<24,
      j14 = k[28] & 0xff | (k[29] & 0xff)<<8 | (k[30] & 0xff)<<16 | (k[31] & 0xff)<<24,
      j15 = c[12] & 0xff | (c[13] & 0xff)<<8 | (c[14] & 0xff)<<16 | (c[15] & 0xff)<<24;

  var x0 = j0, x1 = j1, x2 = j2, x3 = j3, x4 = j4, x5 = j5, x6 = j6, x7 = j7,
      x8 = j8, x9 = j9, x10 = j10, x11 = j11, x12 = j12, x13 = j13, x14 = j14,
      x15 = j15, u;

  for (var i = 0; i < 20; i += 2) {
    u = x0 + x12 | 0;
    x4 ^= u<<7 | u>>>(32-7);
    u = x4 + x0 | 0;
    x8 ^= u<<9 | u>>>(32-9);
    u = x8 + x4 | 0;
    x12 ^= u<<13 | u>>>(32-13);
    u = x12 + x8 | 0;
    x0 ^= u<<18 | u>>>(32-18);

    u = x5 + x1 | 0;
    x9 ^= u<<7 | u>>>(32-7);
    u = x9 + x5 | 0;
    x13 ^= u<<9 | u>>>(32-9);
    u = x13 + x9 | 0;
    x1 ^= u<<13 | u>>>(32-13);
    u = x1 + x13 | 0;
    x5 ^= u<<18 | u>>>(32-18);

    u = x10 + x6 | 0;
    x14 ^= u<<7 | u>>>(32-7);
    u = x14 + x10 | 0;
    x2 ^= u<<9 | u>>>(32-9);
    u = x2 + x14 | 0;
    x6 ^= u<<13 | u>>>(32-13);
    u = x6 + x2 | 0;
    x10 ^= u<<18 | u>>>(32-18);

    u = x15 + x11 | 0;
    x3 ^= u<<7 | u>>>(32-7);
    u = x3 + x15 | 0;
    x7 ^= u<<9 | u>>>(32-9);
    u = x7 + x3 | 0;
    x11 ^= u<<13 | u>>>(32-13);
    u = x11 + x7 | 0;
    x15 ^= u<<18 | u>>>(32-18);

    u = x0 + x3 | 0;
    x1 ^= u<<7 | u>>>(32-7);
    u = x1 + x0 | 0;
    x2 ^= u<<9 | u>>>(32-9);
    u = x2 + x1 | 0;
    x3 ^= u<<13 | u>>>(32-13);
    u = x3 + x2 | 0;
    x0 ^= u<<18 | u>>>(32-18);

    u = x5 + x4 | 0;
    x6 ^= u<<7 | u>>>(32-7);
    u = x6 + x5 | 0;
    x7 ^= u<<9 | u>>>(32-9);
    u = x7 + x6 | 0;
    x4 ^= u<<13 | u>>>(32-13);
    u = x4 + x7 | 0;
    x5 ^= u<<18 | u>>>(32-18);

    u = x10 + x9 | 0;
    x11 ^= u<<7 | u>>>(32-7);
    u = x11 + x10 | 0;
    x8 ^= u<<9 | u>>>(32-9);
    u = x8 + x11 | 0;
    x9 ^= u<<13 | u>>>(32-13);
    u = x9 + x8 | 0;
    x10 ^= u<<18 | u>>>(32-18);

    u = x15 + x14 | 0;
    x12 ^= u<<7 | u>>>(32-7);
    u = x12 + x15 | 0;
    x13 ^= u<<9 | u>>>(32-9);
    u = x13 + x12 | 0;
    x14 ^= u<<13 | u>>>(32-13);
    u = x14 + x13 | 0;
    x15 ^= u<<18 | u>>>(32-18);
  }
   x0 =  x0 +  j0 | 0;
   x1 =  x1 +  j1 | 0;
   x2 =  x2 +  j2 | 0;
   x3 =  x3 +  j3 | 0;
   x4 =  x4 +  j4 | 0;
   x5 =  x5 +  j5 | 0;
   x6 =  x6 +  j6 | 0;
   x7 =  x7 +  j7 | 0;
   x8 =  x8 +  j8 | 0;
   x9 =  x9 +  j9 | 0;
  x10 = x10 + j10 | 0;
  x11 = x11 + j11 | 0;
  x12 = x12 + j12 | 0;
  x13 = x13 + j13 | 0;
  x14 = x14 + j14 | 0;
  x15 = x15 + j15 | 0;

  o[ 0] = x0 >>>  0 & 0xff;
  o[ 1] = x0 >>>  8 & 0xff;
  o[ 2] = x0 >>> 16 & 0xff;
  o[ 3] = x0 >>> 24 & 0xff;

  o[ 4] = x1 >>>  0 & 0xff;
  o[ 5] = x1 >>>  8 & 0xff;
  o[ 6] = x1 >>> 16 & 0xff;
  o[ 7] = x1 >>> 24 & 0xff;

  o[ 8] = x2 >>>  0 & 0xff;
  o[ 9] = x2 >>>  8 & 0xff;
  o[10] = x2 >>> 16 & 0xff;
  o[11] = x2 >>> 24 & 0xff;

  o[12] = x3 >>>  0 & 0xff;
  o[13] = x3 >>>  8 & 0xff;
  o[14] = x3 >>> 16 & 0xff;
  o[15] = x3 >>> 24 & 0xff;

  o[16] = x4 >>>  0 & 0xff;
  o[17] = x4 >>>  8 & 0xff;
  o[18] = x4 >>> 16 & 0xff;
  o[19] = x4 >>> 24 & 0xff;

  o[20] = x5 >>>  0 & 0xff;
  o[21] = x5 >>>  8 & 0xff;
  o[22] = x5 >>> 16 & 0xff;
  o[23] = x5 >>> 24 & 0xff;

  o[24] = x6 >>>  0 & 0xff;
  o[25] = x6 >>>  8 & 0xff;
  o[26] = x6 >>> 16 & 0xff;
  o[27] = x6 >>> 24 & 0xff;

  o[28] = x7 >>>  0 & 0xff;
  o[29] = x7 >>>  8 & 0xff;
  o[30] = x7 >>> 16 & 0xff;
  o[31] = x7 >>> 24 & 0xff;

  o[32] = x8 >>>  0 & 0xff;
  o[33] = x8 >>>  8 & 0xff;
  o[34] = x8 >>> 16 & 0xff;
  o[35] = x8 >>> 24 & 0xff;

  o[36] = x9 >>>  0 & 0xff;
  o[37] = x9 >>>  8 & 0xff;
  o[38] = x9 >>> 16 & 0xff;
  o[39] = x9 >>> 24 & 0xff;

  o[40] = x10 >>>  0 & 0xff;
  o[41] = x10 >>>  8 & 0xff;
  o[42] = x10 >>> 16 & 0xff;
  o[43] = x10 >>> 24 & 0xff;

  o[44] = x11 >>>  0 & 0xff;
  o[45] = x11 >>>  8 & 0xff;
  o[46] = x11 >>> 16 & 0xff;
  o[47] = x11 >>> 24 & 0xff;

  o[48] = x12 >>>  0 & 0xff;
  o[49] = x12 >>>  8 & 0xff;
  o[50] = x12 >>> 16 & 0xff;
  o[51] = x12 >>> 24 & 0xff;

  o[52] = x13 >>>  0 & 0xff;
  o[53] = x13 >>>  8 & 0xff;
  o[54] = x13 >>> 16 & 0xff;
  o[55] = x13 >>> 24 & 0xff;

  o[56] = x14 >>>  0 & 0xff;
  o[57] = x14 >>>  8 & 0xff;
  o[58] = x14 >>> 16 & 0xff;
  o[59] = x14 >>> 24 & 0xff;

  o[60] = x15 >>>  0 & 0xff;
  o[61] = x15 >>>  8 & 0xff;
  o[62] = x15 >>> 16 & 0xff;
  o[63] = x15 >>> 24 & 0xff;
}

function core_hsalsa20(o,p,k,c) {
  var j0  = c[ 0] & 0xff | (c[ 1] & 0xff)<<8 | (c[ 2] & 0xff)<<16 | (c[ 3] & 0xff)<<24,
      j1  = k[ 0] & 0xff | (k[ 1] & 0xff)<<8 | (k[ 2] & 0xff)<<16 | (k[ 3] & 0xff)<<24,
      j2  = k[ 4] & 0xff | (k[ 5] & 0xff)<<8 | (k[ 6] & 0xff)<<16 | (k[ 7] & 0xff)<<24,
      j3  = k[ 8] & 0xff | (k[ 9] & 0xff)<<8 | (k[10] & 0xff)<<16 | (k[11] & 0xff)<<24,
      j4  = k[12] & 0xff | (k[13] & 0xff)<<8 | (k[14] & 0xff)<<16 | (k[15] & 0xff)<<24,
      j5  = c[ 4] & 0xff | (c[ 5] & 0xff)<<8 | (c[ 6] & 0xff)<<16 | (c[ 7] & 0xff)<<24,
      j6  = p[ 0] & 0xff | (p[ 1] & 0xff)<<8 | (p[ 2] & 0xff)<<16 | (p[ 3] & 0xff)<<24,
      j7  = p[ 4] & 0xff | (p[ 5] & 0xff)<<8 | (p[ 6] & 0xff)<<16 | (p[ 7] & 0xff)<<24,
      j8  = p[ 8] & 0xff | (p[ 9] & 0xff)<<8 | (p[10] & 0xff)<<16 | (p[11] & 0xff)<<24,
      j9  = p[12] & 0xff | (p[13] & 0xff)<<8 | (p[14] & 0xff)<<16 | (p[15] & 0xff)<<24,
      j10 = c[ 8] & 0xff | (c[ 9] & 0xff)<<8 | (c[10] & 0xff)<<16 | (c[11] & 0xff)<<24,
      j11 = k[16] & 0xff | (k[17] & 0xff)<<8 | (k[18] & 0xff)<<16 | (k[19] & 0xff)<<24,
      j12 = k[20] & 0xff | (k[21] & 0xff)<<8 | (k[22] & 0xff)<<16 | (k[23] & 0xff)<<24,
      j13 = k[24] & 0xff | (k[25] & 0xff)<<8 | (k[26] & 0xff)<<16 | (k[27] & 0xff)<<24,
      j14 = k[28] & 0xff | (k[29] & 0xff)<<8 | (k[30] & 0xff)<<16 | (k[31] & 0xff)<<24,
      j15 = c[12] & 0xff | (c[13] & 0xff)<<8 | (c[14] & 0xff)<<16 | (c[15] & 0xff)<<24;

  var x0 = j0, x1 = j1, x2 = j2, x3 = j3, x4 = j4, x5 = j5, x6 = j6, x7 = j7,
      x8 = j8, x9 = j9, x10 = j10, x11 = j11, x12 = j12, x13 = j13, x14 = j14,
      x15 = j15, u;

  for (var i = 0; i < 20; i += 2) {
    u = x0 + x12 | 0;
    x4 ^= u<<7 | u>>>(32-7);
    u = x4 + x0 | 0;
    x8 ^= u<<9 | u>>>(32-9);
    u = x8 + x4 | 0;
    x12 ^= u<<13 | u>>>(32-13);
    u = x12 + x8 | 0;
    x0 ^= u<<18 | u>>>(32-18);

    u = x5 + x1 | 0;
    x9 ^= u<<7 | u>>>(32-7);
    u = x9 + x5 | 0;
    x13 ^= u<<9 | u>>>(32-9);
    u = x13 + x9 | 0;
    x1 ^= u<<13 | u>>>(32-13);
    u = x1 + x13 | 0;
    x5 ^= u<<18 | u>>>(32-18);

    u = x10 + x6 | 0;
    x14 ^= u<<7 | u>>>(32-7);
    u = x14 + x10 | 0;
    x2 ^= u<<9 | u>>>(32-9);
    u = x2 + x14 | 0;
    x6 ^= u<<13 | u>>>(32-13);
    u = x6 + x2 | 0;
    x10 ^= u<<18 | u>>>(32-18);

    u = x15 + x11 | 0;
    x3 ^= u<<7 | u>>>(32-7);
    u = x3 + x15 | 0;
    x7 ^= u<<9 | u>>>(32-9);
    u = x7 + x3 | 0;
    x11 ^= u<<13 | u>>>(32-13);
    u = x11 + x7 | 0;
    x15 ^= u<<18 | u>>>(32-18);

    u = x0 + x3 | 0;
    x1 ^= u<<7 | u>>>(32-7);
    u = x1 + x0 | 0;
    x2 ^= u<<9 | u>>>(32-9);
    u = x2 + x1 | 0;
    x3 ^= u<<13 | u>>>(32-13);
    u = x3 + x2 | 0;
    x0 ^= u<<18 | u>>>(32-18);

    u = x5 + x4 | 0;
    x6 ^= u<<7 | u>>>(32-7);
    u = x6 + x5 | 0;
    x7 ^= u<<9 | u>>>(32-9);
    u = x7 + x6 | 0;
    x4 ^= u<<13 | u>>>(32-13);
    u = x4 + x7 | 0;
    x5 ^= u<<18 | u>>>(32-18);

    u = x10 + x9 | 0;
    x11 ^= u<<7 | u>>>(32-7);
    u = x11 + x10 | 0;
    x8 ^= u<<9 | u>>>(32-9);
    u = x8 + x11 | 0;
    x9 ^= u<<13 | u>>>(32-13);
    u = x9 + x8 | 0;
    x10 ^= u<<18 | u>>>(32-18);

    u = x15 + x14 | 0;
    x12 ^= u<<7 | u>>>(32-7);
    u = x12 + x15 | 0;
    x13 ^= u<<9 | u>>>(32-9);
    u = x13 + x12 | 0;
    x14 ^= u<<13 | u>>>(32-13);
    u = x14 + x13 | 0;
    x15 ^= u<<18 | u>>>(32-18);
  }

  o[ 0] = x0 >>>  0 & 0xff;
  o[ 1] = x0 >>>  8 & 0xff;
  o[ 2] = x0 >>> 16 & 0xff;
  o[ 3] = x0 >>> 24 & 0xff;

  o[ 4] = x5 >>>  0 & 0xff;
  o[ 5] = x5 >>>  8 & 0xff;
  o[ 6] = x5 >>> 16 & 0xff;
  o[ 7] = x5 >>> 24 & 0xff;

  o[ 8] = x10 >>>  0 & 0xff;
  o[ 9] = x10 >>>  8 & 0xff;
  o[10] = x10 >>> 16 & 0xff;
  o[11] = x10 >>> 24 & 0xff;

  o[12] = x15 >>>  0 & 0xff;
  o[13] = x15 >>>  8 & 0xff;
  o[14] = x15 >>> 16 & 0xff;
  o[15] = x15 >>> 24 & 0xff;

  o[16] = x6 >>>  0 & 0xff;
  o[17] = x6 >>>  8 & 0xff;
  o[18] = x6 >>> 16 & 0xff;
  o[19] = x6 >>> 24 & 0xff;

  o[20] = x7 >>>  0 & 0xff;
  o[21] = x7 >>>  8 & 0xff;
  o[22] = x7 >>> 16 & 0xff;
  o[23] = x7 >>> 24 & 0xff;

  o[24] = x8 >>>  0 & 0xff;
  o[25] = x8 >>>  8 & 0xff;
  o[26] = x8 >>> 16 & 0xff;
  o[27] = x8 >>> 24 & 0xff;

  o[28] = x9 >>>  0 & 0xff;
  o[29] = x9 >>>  8 & 0xff;
  o[30] = x9 >>> 16 & 0xff;
  o[31] = x9 >>> 24 & 0xff;
}

function crypto_core_salsa20(out,inp,k,c) {
  core_salsa20(out,inp,k,c);
}

function crypto_core_hsalsa20(out,inp,k,c) {
  core_hsalsa20(out,inp,k,c);
}

var sigma = new Uint8Array([101, 120, 112, 97, 110, 100, 32, 51, 50, 45, 98, 121, 116, 101, 32, 107]);
            // "expand 32-byte k"

function crypto_stream_salsa20_xor(c,cpos,m,mpos,b,n,k) {
  var z = new Uint8Array(16), x = new Uint8Array(64);
  var u, i;
  for (i = 0; i < 16; i++) z[i] = 0;
  for (i = 0; i < 8; i++) z[i] = n[i];
  while (b >= 64) {
    crypto_core_salsa20(x,z,k,sigma);
    for (i = 0; i < 64; i++) c[cpos+i] = m[mpos+i] ^ x[i];
    u = 1;
    for (i = 8; i < 16; i++) {
      u = u + (z[i] & 0xff) | 0;
      z[i] = u & 0xff;
      u >>>= 8;
    }
    b -= 64;
    cpos += 64;
    mpos += 64;
  }
  if (b > 0) {
    crypto_core_salsa20(x,z,k,sigma);
    for (i = 0; i < b; i++) c[cpos+i] = m[mpos+i] ^ x[i];
  }
  return 0;
}

function crypto_stream_salsa20(c,cpos,b,n,k) {
  var z = new Uint8Array(16), x = new Uint8Array(64);
  var u, i;
  for (i = 0; i < 16; i++) z[i] = 0;
  for (i = 0; i < 8; i++) z[i] = n[i];
  while (b >= 64) {
    crypto_core_salsa20(x,z,k,sigma);
    for (i = 0; i < 64; i++) c[cpos+i] = x[i];
    u = 1;
    for (i = 8; i < 16; i++) {
      u = u + (z[i] & 0xff) | 0;
      z[i] = u & 0xff;
      u >>>= 8;
    }
    b -= 64;
    cpos += 64;
  }
  if (b > 0) {
    crypto_core_salsa20(x,z,k,sigma);
    for (i = 0; i < b; i++) c[cpos+i] = x[i];
  }
  return 0;
}

function crypto_stream(c,cpos,d,n,k) {
  var s = new Uint8Array(32);
  crypto_core_hsalsa20(s,n,k,sigma);
  var sn = new Uint8Array(8);
  for (var i = 0; i < 8; i++) sn[i] = n[i+16];
  return crypto_stream_salsa20(c,cpos,d,sn,s);
}

function crypto_stream_xor(c,cpos,m,mpos,d,n,k) {
  var s = new Uint8Array(32);
  crypto_core_hsalsa20(s,n,k,sigma);
  var sn = new Uint8Array(8);
  for (var i = 0; i < 8; i++) sn[i] = n[i+16];
  return crypto_stream_salsa20_xor(c,cpos,m,mpos,d,sn,s);
}

/*
* Port of Andrew Moon's Poly1305-donna-16. Public domain.
* https://github.com/floodyberry/poly1305-donna
*/

var poly1305 = function(key) {
  this.buffer = new Uint8Array(16);
  this.r = new Uint16Array(10);
  this.h = new Uint16Array(10);
  this.pad = new Uint16Array(8);
  this.leftover = 0;
  this.fin = 0;

  var t0, t1, t2, t3, t4, t5, t6, t7;

  t0 = key[ 0] & 0xff | (key[ 1] & 0xff) << 8; this.r[0] = ( t0                     ) & 0x1fff;
  t1 = key[ 2] & 0xff | (key[ 3] & 0xff) << 8; this.r[1] = ((t0 >>> 13) | (t1 <<  3)) & 0x1fff;
  t2 = key[ 4] & 0xff | (key[ 5] & 0xff) << 8; this.r[2] = ((t1 >>> 10) | (t2 <<  6)) & 0x1f03;
  t3 = key[ 6] & 0xff | (key[ 7] & 0xff) << 8; this.r[3] = ((t2 >>>  7) | (t3 <<  9)) & 0x1fff;
  t4 = key[ 8] & 0xff | (key[ 9] & 0xff) << 8; this.r[4] = ((t3 >>>  4) | (t4 << 12)) & 0x00ff;
  this.r[5] = ((t4 >>>  1)) & 0x1ffe;
  t5 = key[10] & 0xff | (key[11] & 0xff) << 8; this.r[6] = ((t4 >>> 14) | (t5 <<  2)) & 0x1fff;
  t6 = key[12] & 0xff | (key[13] & 0xff) << 8; this.r[7] = ((t5 >>> 11) | (t6 <<  5)) & 0x1f81;
  t7 = key[14] & 0xff | (key[15] & 0xff) << 8; this.r[8] = ((t6 >>>  8) | (t7 <<  8)) & 0x1fff;
  this.r[9] = ((t7 >>>  5)) & 0x007f;

  this.pad[0] = key[16] & 0xff | (key[17] & 0xff) << 8;
  this.pad[1] = key[18] & 0xff | (key[19] & 0xff) << 8;
  this.pad[2] = key[20] & 0xff | (key[21] & 0xff) << 8;
  this.pad[3] = key[22] & 0xff | (key[23] & 0xff) << 8;
  this.pad[4] = key[24] & 0xff | (key[25] & 0xff) << 8;
  this.pad[5] = key[26] & 0xff | (key[27] & 0xff) << 8;
  this.pad[6] = key[28] & 0xff | (key[29] & 0xff) << 8;
  this.pad[7] = key[30] & 0xff | (key[31] & 0xff) << 8;
};

poly1305.prototype.blocks = function(m, mpos, bytes) {
  var hibit = this.fin ? 0 : (1 << 11);
  var t0, t1, t2, t3, t4, t5, t6, t7, c;
  var d0, d1, d2, d3, d4, d5, d6, d7, d8, d9;

  var h0 = this.h[0],
      h1 = this.h[1],
      h2 = this.h[2],
      h3 = this.h[3],
      h4 = this.h[4],
      h5 = this.h[5],
      h6 = this.h[6],
      h7 = this.h[7],
      h8 = this.h[8],
      h9 = this.h[9];

  var r0 = this.r[0],
      r1 = this.r[1],
      r2 = this.r[2],
      r3 = this.r[3],
      r4 = this.r[4],
      r5 = this.r[5],
      r6 = this.r[6],
      r7 = this.r[7],
      r8 = this.r[8],
      r9 = this.r[9];

  while (bytes >= 16) {
    t0 = m[mpos+ 0] & 0xff | (m[mpos+ 1] & 0xff) << 8; h0 += ( t0                     ) & 0x1fff;
    t1 = m[mpos+ 2] & 0xff | (m[mpos+ 3] & 0xff) << 8; h1 += ((t0 >>> 13) | (t1 <<  3)) & 0x1fff;
    t2 = m[mpos+ 4] & 0xff | (m[mpos+ 5] & 0xff) << 8; h2 += ((t1 >>> 10) | (t2 <<  6)) & 0x1fff;
    t3 = m[mpos+ 6] & 0xff | (m[mpos+ 7] & 0xff) << 8; h3 += ((t2 >>>  7) | (t3 <<  9)) & 0x1fff;
    t4 = m[mpos+ 8] & 0xff | (m[mpos+ 9] & 0xff) << 8; h4 += ((t3 >>>  4) | (t4 << 12)) & 0x1fff;
    h5 += ((t4 >>>  1)) & 0x1fff;
    t5 = m[mpos+10] & 0xff | (m[mpos+11] & 0xff) << 8; h6 += ((t4 >>> 14) | (t5 <<  2)) & 0x1fff;
    t6 = m[mpos+12] & 0xff | (m[mpos+13] & 0xff) << 8; h7 += ((t5 >>> 11) | (t6 <<  5)) & 0x1fff;
    t7 = m[mpos+14] & 0xff | (m[mpos+15] & 0xff) << 8; h8 += ((t6 >>>  8) | (t7 <<  8)) & 0x1fff;
    h9 += ((t7 >>> 5)) | hibit;

    c = 0;

    d0 = c;
    d0 += h0 * r0;
    d0 += h1 * (5 * r9);
    d0 += h2 * (5 * r8);
    d0 += h3 * (5 * r7);
    d0 += h4 * (5 * r6);
    c = (d0 >>> 13); d0 &= 0x1fff;
    d0 += h5 * (5 * r5);
    d0 += h6 * (5 * r4);
    d0 += h7 * (5 * r3);
    d0 += h8 * (5 * r2);
    d0 += h9 * (5 * r1);
    c += (d0 >>> 13); d0 &= 0x1fff;

    d1 = c;
    d1 += h0 * r1;
    d1 += h1 * r0;
    d1 += h2 * (5 * r9);
    d1 += h3 * (5 * r8);
    d1 += h4 * (5 * r7);
    c = (d1 >>> 13); d1 &= 0x1fff;
    d1 += h5 * (5 * r6);
    d1 += h6 * (5 * r5);
    d1 += h7 * (5 * r4);
    d1 += h8 * (5 * r3);
    d1 += h9 * (5 * r2);
    c += (d1 >>> 13); d1 &= 0x1fff;

    d2 = c;
    d2 += h0 * r2;
    d2 += h1 * r1;
    d2 += h2 * r0;
    d2 += h3 * (5 * r9);
    d2 += h4 * (5 * r8);
    c = (d2 >>> 13); d2 &= 0x1fff;
    d2 += h5 * (5 * r7);
    d2 += h6 * (5 * r6);
    d2 += h7 * (5 * r5);
    d2 += h8 * (5 * r4);
    d2 += h9 * (5 * r3);
    c += (d2 >>> 13); d2 &= 0x1fff;

    d3 = c;
    d3 += h0 * r3;
    d3 += h1 * r2;
    d3 += h2 * r1;
    d3 += h3 * r0;
    d3 += h4 * (5 * r9);
    c = (d3 >>> 13); d3 &= 0x1fff;
    d3 += h5 * (5 * r8);
    d3 += h6 * (5 * r7);
    d3 += h7 * (5 * r6);
    d3 += h8 * (5 * r5);
    d3 += h9 * (5 * r4);
    c += (d3 >>> 13); d3 &= 0x1fff;

    d4 = c;
    d4 += h0 * r4;
    d4 += h1 * r3;
    d4 += h2 * r2;
    d4 += h3 * r1;
    d4 += h4 * r0;
    c = (d4 >>> 13); d4 &= 0x1fff;
    d4 += h5 * (5 * r9);
    d4 += h6 * (5 * r8);
    d4 += h7 * (5 * r7);
    d4 += h8 * (5 * r6);
    d4 += h9 * (5 * r5);
    c += (d4 >>> 13); d4 &= 0x1fff;

    d5 = c;
    d5 += h0 * r5;
    d5 += h1 * r4;
    d5 += h2 * r3;
    d5 += h3 * r2;
    d5 += h4 * r1;
    c = (d5 >>> 13); d5 &= 0x1fff;
    d5 += h5 * r0;
    d5 += h6 * (5 * r9);
    d5 += h7 * (5 * r8);
    d5 += h8 * (5 * r7);
    d5 += h9 * (5 * r6);
    c += (d5 >>> 13); d5 &= 0x1fff;

    d6 = c;
    d6 += h0 * r6;
    d6 += h1 * r5;
    d6 += h2 * r4;
    d6 += h3 * r3;
    d6 += h4 * r2;
    c = (d6 >>> 13); d6 &= 0x1fff;
    d6 += h5 * r1;
    d6 += h6 * r0;
    d6 += h7 * (5 * r9);
    d6 += h8 * (5 * r8);
    d6 += h9 * (5 * r7);
    c += (d6 >>> 13); d6 &= 0x1fff;

    d7 = c;
    d7 += h0 * r7;
    d7 += h1 * r6;
    d7 += h2 * r5;
    d7 += h3 * r4;
    d7 += h4 * r3;
    c = (d7 >>> 13); d7 &= 0x1fff;
    d7 += h5 * r2;
    d7 += h6 * r1;
    d7 += h7 * r0;
    d7 += h8 * (5 * r9);
    d7 += h9 * (5 * r8);
    c += (d7 >>> 13); d7 &= 0x1fff;

    d8 = c;
    d8 += h0 * r8;
    d8 += h1 * r7;
    d8 += h2 * r6;
    d8 += h3 * r5;
    d8 += h4 * r4;
    c = (d8 >>> 13); d8 &= 0x1fff;
    d8 += h5 * r3;
    d8 += h6 * r2;
    d8 += h7 * r1;
    d8 += h8 * r0;
    d8 += h9 * (5 * r9);
    c += (d8 >>> 13); d8 &= 0x1fff;

    d9 = c;
    d9 += h0 * r9;
    d9 += h1 * r8;
    d9 += h2 * r7;
    d9 += h3 * r6;
    d9 += h4 * r5;
    c = (d9 >>> 13); d9 &= 0x1fff;
    d9 += h5 * r4;
    d9 += h6 * r3;
    d9 += h7 * r2;
    d9 += h8 * r1;
    d9 += h9 * r0;
    c += (d9 >>> 13); d9 &= 0x1fff;

    c = (((c << 2) + c)) | 0;
    c = (c + d0) | 0;
    d0 = c & 0x1fff;
    c = (c >>> 13);
    d1 += c;

    h0 = d0;
    h1 = d1;
    h2 = d2;
    h3 = d3;
    h4 = d4;
    h5 = d5;
    h6 = d6;
    h7 = d7;
    h8 = d8;
    h9 = d9;

    mpos += 16;
    bytes -= 16;
  }
  this.h[0] = h0;
  this.h[1] = h1;
  this.h[2] = h2;
  this.h[3] = h3;
  this.h[4] = h4;
  this.h[5] = h5;
  this.h[6] = h6;
  this.h[7] = h7;
  this.h[8] = h8;
  this.h[9] = h9;
};

poly1305.prototype.finish = function(mac, macpos) {
  var g = new Uint16Array(10);
  var c, mask, f, i;

  if (this.leftover) {
    i = this.leftover;
    this.buffer[i++] = 1;
    for (; i < 16; i++) this.buffer[i] = 0;
    this.fin = 1;
    this.blocks(this.buffer, 0, 16);
  }

  c = this.h[1] >>> 13;
  this.h[1] &= 0x1fff;
  for (i = 2; i < 10; i++) {
    this.h[i] += c;
    c = this.h[i] >>> 13;
    this.h[i] &= 0x1fff;
  }
  this.h[0] += (c * 5);
  c = this.h[0] >>> 13;
  this.h[0] &= 0x1fff;
  this.h[1] += c;
  c = this.h[1] >>> 13;
  this.h[1] &= 0x1fff;
  this.h[2] += c;

  g[0] = this.h[0] + 5;
  c = g[0] >>> 13;
  g[0] &= 0x1fff;
  for (i = 1; i < 10; i++) {
    g[i] = this.h[i] + c;
    c = g[i] >>> 13;
    g[i] &= 0x1fff;
  }
  g[9] -= (1 << 13);

  mask = (c ^ 1) - 1;
  for (i = 0; i < 10; i++) g[i] &= mask;
  mask = ~mask;
  for (i = 0; i < 10; i++) this.h[i] = (this.h[i] & mask) | g[i];

  this.h[0] = ((this.h[0]       ) | (this.h[1] << 13)                    ) & 0xffff;
  this.h[1] = ((this.h[1] >>>  3) | (this.h[2] << 10)                    ) & 0xffff;
  this.h[2] = ((this.h[2] >>>  6) | (this.h[3] <<  7)                    ) & 0xffff;
  this.h[3] = ((this.h[3] >>>  9) | (this.h[4] <<  4)                    ) & 0xffff;
  this.h[4] = ((this.h[4] >>> 12) | (this.h[5] <<  1) | (this.h[6] << 14)) & 0xffff;
  this.h[5] = ((this.h[6] >>>  2) | (this.h[7] << 11)                    ) & 0xffff;
  this.h[6] = ((this.h[7] >>>  5) | (this.h[8] <<  8)                    ) & 0xffff;
  this.h[7] = ((this.h[8] >>>  8) | (this.h[9] <<  5)                    ) & 0xffff;

  f = this.h[0] + this.pad[0];
  this.h[0] = f & 0xffff;
  for (i = 1; i < 8; i++) {
    f = (((this.h[i] + this.pad[i]) | 0) + (f >>> 16)) | 0;
    this.h[i] = f & 0xffff;
  }

  mac[macpos+ 0] = (this.h[0] >>> 0) & 0xff;
  mac[macpos+ 1] = (this.h[0] >>> 8) & 0xff;
  mac[macpos+ 2] = (this.h[1] >>> 0) & 0xff;
  mac[macpos+ 3] = (this.h[1] >>> 8) & 0xff;
  mac[macpos+ 4] = (this.h[2] >>> 0) & 0xff;
  mac[macpos+ 5] = (this.h[2] >>> 8) & 0xff;
  mac[macpos+ 6] = (this.h[3] >>> 0) & 0xff;
  mac[macpos+ 7] = (this.h[3] >>> 8) & 0xff;
  mac[macpos+ 8] = (this.h[4] >>> 0) & 0xff;
  mac[macpos+ 9] = (this.h[4] >>> 8) & 0xff;
  mac[macpos+10] = (this.h[5] >>> 0) & 0xff;
  mac[macpos+11] = (this.h[5] >>> 8) & 0xff;
  mac[macpos+12] = (this.h[6] >>> 0) & 0xff;
  mac[macpos+13] = (this.h[6] >>> 8) & 0xff;
  mac[macpos+14] = (this.h[7] >>> 0) & 0xff;
  mac[macpos+15] = (this.h[7] >>> 8) & 0xff;
};

poly1305.prototype.update = function(m, mpos, bytes) {
  var i, want;

  if (this.leftover) {
    want = (16 - this.leftover);
    if (want > bytes)
      want = bytes;
    for (i = 0; i < want; i++)
      this.buffer[this.leftover + i] = m[mpos+i];
    bytes -= want;
    mpos += want;
    this.leftover += want;
    if (this.leftover < 16)
      return;
    this.blocks(this.buffer, 0, 16);
    this.leftover = 0;
  }

  if (bytes >= 16) {
    want = bytes - (bytes % 16);
    this.blocks(m, mpos, want);
    mpos += want;
    bytes -= want;
  }

  if (bytes) {
    for (i = 0; i < bytes; i++)
      this.buffer[this.leftover + i] = m[mpos+i];
    this.leftover += bytes;
  }
};

function crypto_onetimeauth(out, outpos, m, mpos, n, k) {
  var s = new poly1305(k);
  s.update(m, mpos, n);
  s.finish(out, outpos);
  return 0;
}

function crypto_onetimeauth_verify(h, hpos, m, mpos, n, k) {
  var x = new Uint8Array(16);
  crypto_onetimeauth(x,0,m,mpos,n,k);
  return crypto_verify_16(h,hpos,x,0);
}

function crypto_secretbox(c,m,d,n,k) {
  var i;
  if (d < 32) return -1;
  crypto_stream_xor(c,0,m,0,d,n,k);
  crypto_onetimeauth(c, 16, c, 32, d - 32, c);
  for (i = 0; i < 16; i++) c[i] = 0;
  return 0;
}

function crypto_secretbox_open(m,c,d,n,k) {
  var i;
  var x = new Uint8Array(32);
  if (d < 32) return -1;
  crypto_stream(x,0,32,n,k);
  if (crypto_onetimeauth_verify(c, 16,c, 32,d - 32,x) !== 0) return -1;
  crypto_stream_xor(m,0,c,0,d,n,k);
  for (i = 0; i < 32; i++) m[i] = 0;
  return 0;
}

function set25519(r, a) {
  var i;
  for (i = 0; i < 16; i++) r[i] = a[i]|0;
}

function car25519(o) {
  var i, v, c = 1;
  for (i = 0; i < 16; i++) {
    v = o[i] + c + 65535;
    c = Math.floor(v / 65536);
    o[i] = v - c * 65536;
  }
  o[0] += c-1 + 37 * (c-1);
}

function sel25519(p, q, b) {
  var t, c = ~(b-1);
  for (var i = 0; i < 16; i++) {
    t = c & (p[i] ^ q[i]);
    p[i] ^= t;
    q[i] ^= t;
  }
}

function pack25519(o, n) {
  var i, j, b;
  var m = gf(), t = gf();
  for (i = 0; i < 16; i++) t[i] = n[i];
  car25519(t);
  car25519(t);
  car25519(t);
  for (j = 0; j < 2; j++) {
    m[0] = t[0] - 0xffed;
    for (i = 1; i < 15; i++) {
      m[i] = t[i] - 0xffff - ((m[i-1]>>16) & 1);
      m[i-1] &= 0xffff;
    }
    m[15] = t[15] - 0x7fff - ((m[14]>>16) & 1);
    b = (m[15]>>16) & 1;
    m[14] &= 0xffff;
    sel25519(t, m, 1-b);
  }
  for (i = 0; i < 16; i++) {
    o[2*i] = t[i] & 0xff;
    o[2*i+1] = t[i]>>8;
  }
}

function neq25519(a, b) {
  var c = new Uint8Array(32), d = new Uint8Array(32);
  pack25519(c, a);
  pack25519(d, b);
  return crypto_verify_32(c, 0, d, 0);
}

function par25519(a) {
  var d = new Uint8Array(32);
  pack25519(d, a);
  return d[0] & 1;
}

function unpack25519(o, n) {
  var i;
  for (i = 0; i < 16; i++) o[i] = n[2*i] + (n[2*i+1] << 8);
  o[15] &= 0x7fff;
}

function A(o, a, b) {
  for (var i = 0; i < 16; i++) o[i] = a[i] + b[i];
}

function Z(o, a, b) {
  for (var i = 0; i < 16; i++) o[i] = a[i] - b[i];
}

function M(o, a, b) {
  var v, c,
     t0 = 0,  t1 = 0,  t2 = 0,  t3 = 0,  t4 = 0,  t5 = 0,  t6 = 0,  t7 = 0,
     t8 = 0,  t9 = 0, t10 = 0, t11 = 0, t12 = 0, t13 = 0, t14 = 0, t15 = 0,
    t16 = 0, t17 = 0, t18 = 0, t19 = 0, t20 = 0, t21 = 0, t22 = 0, t23 = 0,
    t24 = 0, t25 = 0, t26 = 0, t27 = 0, t28 = 0, t29 = 0, t30 = 0,
    b0 = b[0],
    b1 = b[1],
    b2 = b[2],
    b3 = b[3],
    b4 = b[4],
    b5 = b[5],
    b6 = b[6],
    b7 = b[7],
    b8 = b[8],
    b9 = b[9],
    b10 = b[10],
    b11 = b[11],
    b12 = b[12],
    b13 = b[13],
    b14 = b[14],
    b15 = b[15];

  v = a[0];
  t0 += v * b0;
  t1 += v * b1;
  t2 += v * b2;
  t3 += v * b3;
  t4 += v * b4;
  t5 += v * b5;
  t6 += v * b6;
  t7 += v * b7;
  t8 += v * b8;
  t9 += v * b9;
  t10 += v * b10;
  t11 += v * b11;
  t12 += v * b12;
  t13 += v * b13;
  t14 += v * b14;
  t15 += v * b15;
  v = a[1];
  t1 += v * b0;
  t2 += v * b1;
  t3 += v * b2;
  t4 += v * b3;
  t5 += v * b4;
  t6 += v * b5;
  t7 += v * b6;
  t8 += v * b7;
  t9 += v * b8;
  t10 += v * b9;
  t11 += v * b10;
  t12 += v * b11;
  t13 += v * b12;
  t14 += v * b13;
  t15 += v * b14;
  t16 += v * b15;
  v = a[2];
  t2 += v * b0;
  t3 += v * b1;
  t4 += v * b2;
  t5 += v * b3;
  t6 += v * b4;
  t7 += v * b5;
  t8 += v * b6;
  t9 += v * b7;
  t10 += v * b8;
  t11 += v * b9;
  t12 += v * b10;
  t13 += v * b11;
  t14 += v * b12;
  t15 += v * b13;
  t16 += v * b14;
  t17 += v * b15;
  v = a[3];
  t3 += v * b0;
  t4 += v * b1;
  t5 += v * b2;
  t6 += v * b3;
  t7 += v * b4;
  t8 += v * b5;
  t9 += v * b6;
  t10 += v * b7;
  t11 += v * b8;
  t12 += v * b9;
  t13 += v * b10;
  t14 += v * b11;
  t15 += v * b12;
  t16 += v * b13;
  t17 += v * b14;
  t18 += v * b15;
  v = a[4];
  t4 += v * b0;
  t5 += v * b1;
  t6 += v * b2;
  t7 += v * b3;
  t8 += v * b4;
  t9 += v * b5;
  t10 += v * b6;
  t11 += v * b7;
  t12 += v * b8;
  t13 += v * b9;
  t14 += v * b10;
  t15 += v * b11;
  t16 += v * b12;
  t17 += v * b13;
  t18 += v * b14;
  t19 += v * b15;
  v = a[5];
  t5 += v * b0;
  t6 += v * b1;
  t7 += v * b2;
  t8 += v * b3;
  t9 += v * b4;
  t10 += v * b5;
  t11 += v * b6;
  t12 += v * b7;
  t13 += v * b8;
  t14 += v * b9;
  t15 += v * b10;
  t16 += v * b11;
  t17 += v * b12;
  t18 += v * b13;
  t19 += v * b14;
  t20 += v * b15;
  v = a[6];
  t6 += v * b0;
  t7 += v * b1;
  t8 += v * b2;
  t9 += v * b3;
  t10 += v * b4;
  t11 += v * b5;
  t12 += v * b6;
  t13 += v * b7;
  t14 += v * b8;
  t15 += v * b9;
  t16 += v * b10;
  t17 += v * b11;
  t18 += v * b12;
  t19 += v * b13;
  t20 += v * b14;
  t21 += v * b15;
  v = a[7];
  t7 += v * b0;
  t8 += v * b1;
  t9 += v * b2;
  t10 += v * b3;
  t11 += v * b4;
  t12 += v * b5;
  t13 += v * b6;
  t14 += v * b7;
  t15 += v * b8;
  t16 += v * b9;
  t17 += v * b10;
  t18 += v * b11;
  t19 += v * b12;
  t20 += v * b13;
  t21 += v * b14;
  t22 += v * b15;
  v = a[8];
  t8 += v * b0;
  t9 += v * b1;
  t10 += v * b2;
  t11 += v * b3;
  t12 += v * b4;
  t13 += v * b5;
  t14 += v * b6;
  t15 += v * b7;
  t16 += v * b8;
  t17 += v * b9;
  t18 += v * b10;
  t19 += v * b11;
  t20 += v * b12;
  t21 += v * b13;
  t22 += v * b14;
  t23 += v * b15;
  v = a[9];
  t9 += v * b0;
  t10 += v * b1;
  t11 += v * b2;
  t12 += v * b3;
  t13 += v * b4;
  t14 += v * b5;
  t15 += v * b6;
  t16 += v * b7;
  t17 += v * b8;
  t18 += v * b9;
  t19 += v * b10;
  t20 += v * b11;
  t21 += v * b12;
  t22 += v * b13;
  t23 += v * b14;
  t24 += v * b15;
  v = a[10];
  t10 += v * b0;
  t11 += v * b1;
  t12 += v * b2;
  t13 += v * b3;
  t14 += v * b4;
  t15 += v * b5;
  t16 += v * b6;
  t17 += v * b7;
  t18 += v * b8;
  t19 += v * b9;
  t20 += v * b10;
  t21 += v * b11;
  t22 += v * b12;
  t23 += v * b13;
  t24 += v * b14;
  t25 += v * b15;
  v = a[11];
  t11 += v * b0;
  t12 += v * b1;
  t13 += v * b2;
  t14 += v * b3;
  t15 += v * b4;
  t16 += v * b5;
  t17 += v * b6;
  t18 += v * b7;
  t19 += v * b8;
  t20 += v * b9;
  t21 += v * b10;
  t22 += v * b11;
  t23 += v * b12;
  t24 += v * b13;
  t25 += v * b14;
  t26 += v * b15;
  v = a[12];
  t12 += v * b0;
  t13 += v * b1;
  t14 += v * b2;
  t15 += v * b3;
  t16 += v * b4;
  t17 += v * b5;
  t18 += v * b6;
  t19 += v * b7;
  t20 += v * b8;
  t21 += v * b9;
  t22 += v * b10;
  t23 += v * b11;
  t24 += v * b12;
  t25 += v * b13;
  t26 += v * b14;
  t27 += v * b15;
  v = a[13];
  t13 += v * b0;
  t14 += v * b1;
  t15 += v * b2;
  t16 += v * b3;
  t17 += v * b4;
  t18 += v * b5;
  t19 += v * b6;
  t20 += v * b7;
  t21 += v * b8;
  t22 += v * b9;
  t23 += v * b10;
  t24 += v * b11;
  t25 += v * b12;
  t26 += v * b13;
  t27 += v * b14;
  t28 += v * b15;
  v = a[14];
  t14 += v * b0;
  t15 += v * b1;
  t16 += v * b2;
  t17 += v * b3;
  t18 += v * b4;
  t19 += v * b5;
  t20 += v * b6;
  t21 += v * b7;
  t22 += v * b8;
  t23 += v * b9;
  t24 += v * b10;
  t25 += v * b11;
  t26 += v * b12;
  t27 += v * b13;
  t28 += v * b14;
  t29 += v * b15;
  v = a[15];
  t15 += v * b0;
  t16 += v * b1;
  t17 += v * b2;
  t18 += v * b3;
  t19 += v * b4;
  t20 += v * b5;
  t21 += v * b6;
  t22 += v * b7;
  t23 += v * b8;
  t24 += v * b9;
  t25 += v * b10;
  t26 += v * b11;
  t27 += v * b12;
  t28 += v * b13;
  t29 += v * b14;
  t30 += v * b15;

  t0  += 38 * t16;
  t1  += 38 * t17;
  t2  += 38 * t18;
  t3  += 38 * t19;
  t4  += 38 * t20;
  t5  += 38 * t21;
  t6  += 38 * t22;
  t7  += 38 * t23;
  t8  += 38 * t24;
  t9  += 38 * t25;
  t10 += 38 * t26;
  t11 += 38 * t27;
  t12 += 38 * t28;
  t13 += 38 * t29;
  t14 += 38 * t30;
  // t15 left as is

  // first car
  c = 1;
  v =  t0 + c + 65535; c = Math.floor(v / 65536);  t0 = v - c * 65536;
  v =  t1 + c + 65535; c = Math.floor(v / 65536);  t1 = v - c * 65536;
  v =  t2 + c + 65535; c = Math.floor(v / 65536);  t2 = v - c * 65536;
  v =  t3 + c + 65535; c = Math.floor(v / 65536);  t3 = v - c * 65536;
  v =  t4 + c + 65535; c = Math.floor(v / 65536);  t4 = v - c * 65536;
  v =  t5 + c + 65535; c = Math.floor(v / 65536);  t5 = v - c * 65536;
  v =  t6 + c + 65535; c = Math.floor(v / 65536);  t6 = v - c * 65536;
  v =  t7 + c + 65535; c = Math.floor(v / 65536);  t7 = v - c * 65536;
  v =  t8 + c + 65535; c = Math.floor(v / 65536);  t8 = v - c * 65536;
  v =  t9 + c + 65535; c = Math.floor(v / 65536);  t9 = v - c * 65536;
  v = t10 + c + 65535; c = Math.floor(v / 65536); t10 = v - c * 65536;
  v = t11 + c + 65535; c = Math.floor(v / 65536); t11 = v - c * 65536;
  v = t12 + c + 65535; c = Math.floor(v / 65536); t12 = v - c * 65536;
  v = t13 + c + 65535; c = Math.floor(v / 65536); t13 = v - c * 65536;
  v = t14 + c + 65535; c = Math.floor(v / 65536); t14 = v - c * 65536;
  v = t15 + c + 65535; c = Math.floor(v / 65536); t15 = v - c * 65536;
  t0 += c-1 + 37 * (c-1);

  // second car
  c = 1;
  v =  t0 + c + 65535; c = Math.floor(v / 65536);  t0 = v - c * 65536;
  v =  t1 + c + 65535; c = Math.floor(v / 65536);  t1 = v - c * 65536;
  v =  t2 + c + 65535; c = Math.floor(v / 65536);  t2 = v - c * 65536;
  v =  t3 + c + 65535; c = Math.floor(v / 65536);  t3 = v - c * 65536;
  v =  t4 + c + 65535; c = Math.floor(v / 65536);  t4 = v - c * 65536;
  v =  t5 + c + 65535; c = Math.floor(v / 65536);  t5 = v - c * 65536;
  v =  t6 + c + 65535; c = Math.floor(v / 65536);  t6 = v - c * 65536;
  v =  t7 + c + 65535; c = Math.floor(v / 65536);  t7 = v - c * 65536;
  v =  t8 + c + 65535; c = Math.floor(v / 65536);  t8 = v - c * 65536;
  v =  t9 + c + 65535; c = Math.floor(v / 65536);  t9 = v - c * 65536;
  v = t10 + c + 65535; c = Math.floor(v / 65536); t10 = v - c * 65536;
  v = t11 + c + 65535; c = Math.floor(v / 65536); t11 = v - c * 65536;
  v = t12 + c + 65535; c = Math.floor(v / 65536); t12 = v - c * 65536;
  v = t13 + c + 65535; c = Math.floor(v / 65536); t13 = v - c * 65536;
  v = t14 + c + 65535; c = Math.floor(v / 65536); t14 = v - c * 65536;
  v = t15 + c + 65535; c = Math.floor(v / 65536); t15 = v - c * 65536;
  t0 += c-1 + 37 * (c-1);

  o[ 0] = t0;
  o[ 1] = t1;
  o[ 2] = t2;
  o[ 3] = t3;
  o[ 4] = t4;
  o[ 5] = t5;
  o[ 6] = t6;
  o[ 7] = t7;
  o[ 8] = t8;
  o[ 9] = t9;
  o[10] = t10;
  o[11] = t11;
  o[12] = t12;
  o[13] = t13;
  o[14] = t14;
  o[15] = t15;
}

function S(o, a) {
  M(o, a, a);
}

function inv25519(o, i) {
  var c = gf();
  var a;
  for (a = 0; a < 16; a++) c[a] = i[a];
  for (a = 253; a >= 0; a--) {
    S(c, c);
    if(a !== 2 && a !== 4) M(c, c, i);
  }
  for (a = 0; a < 16; a++) o[a] = c[a];
}

function pow2523(o, i) {
  var c = gf();
  var a;
  for (a = 0; a < 16; a++) c[a] = i[a];
  for (a = 250; a >= 0; a--) {
      S(c, c);
      if(a !== 1) M(c, c, i);
  }
  for (a = 0; a < 16; a++) o[a] = c[a];
}

function crypto_scalarmult(q, n, p) {
  var z = new Uint8Array(32);
  var x = new Float64Array(80), r, i;
  var a = gf(), b = gf(), c = gf(),
      d = gf(), e = gf(), f = gf();
  for (i = 0; i < 31; i++) z[i] = n[i];
  z[31]=(n[31]&127)|64;
  z[0]&=248;
  unpack25519(x,p);
  for (i = 0; i < 16; i++) {
    b[i]=x[i];
    d[i]=a[i]=c[i]=0;
  }
  a[0]=d[0]=1;
  for (i=254; i>=0; --i) {
    r=(z[i>>>3]>>>(i&7))&1;
    sel25519(a,b,r);
    sel25519(c,d,r);
    A(e,a,c);
    Z(a,a,c);
    A(c,b,d);
    Z(b,b,d);
    S(d,e);
    S(f,a);
    M(a,c,a);
    M(c,b,e);
    A(e,a,c);
    Z(a,a,c);
    S(b,a);
    Z(c,d,f);
    M(a,c,_121665);
    A(a,a,d);
    M(c,c,a);
    M(a,d,f);
    M(d,b,x);
    S(b,e);
    sel25519(a,b,r);
    sel25519(c,d,r);
  }
  for (i = 0; i < 16; i++) {
    x[i+16]=a[i];
    x[i+32]=c[i];
    x[i+48]=b[i];
    x[i+64]=d[i];
  }
  var x32 = x.subarray(32);
  var x16 = x.subarray(16);
  inv25519(x32,x32);
  M(x16,x16,x32);
  pack25519(q,x16);
  return 0;
}

function crypto_scalarmult_base(q, n) {
  return crypto_scalarmult(q, n, _9);
}

function crypto_box_keypair(y, x) {
  randombytes(x, 32);
  return crypto_scalarmult_base(y, x);
}

function crypto_box_beforenm(k, y, x) {
  var s = new Uint8Array(32);
  crypto_scalarmult(s, x, y);
  return crypto_core_hsalsa20(k, _0, s, sigma);
}

var crypto_box_afternm = crypto_secretbox;
var crypto_box_open_afternm = crypto_secretbox_open;

function crypto_box(c, m, d, n, y, x) {
  var k = new Uint8Array(32);
  crypto_box_beforenm(k, y, x);
  return crypto_box_afternm(c, m, d, n, k);
}

function crypto_box_open(m, c, d, n, y, x) {
  var k = new Uint8Array(32);
  crypto_box_beforenm(k, y, x);
  return crypto_box_open_afternm(m, c, d, n, k);
}

var K = [
  0x428a2f98, 0xd728ae22, 0x71374491, 0x23ef65cd,
  0xb5c0fbcf, 0xec4d3b2f, 0xe9b5dba5, 0x8189dbbc,
  0x3956c25b, 0xf348b538, 0x59f111f1, 0xb605d019,
  0x923f82a4, 0xaf194f9b, 0xab1c5ed5, 0xda6d8118,
  0xd807aa98, 0xa3030242, 0x12835b01, 0x45706fbe,
  0x243185be, 0x4ee4b28c, 0x550c7dc3, 0xd5ffb4e2,
  0x72be5d74, 0xf27b896f, 0x80deb1fe, 0x3b1696b1,
  0x9bdc06a7, 0x25c71235, 0xc19bf174, 0xcf692694,
  0xe49b69c1, 0x9ef14ad2, 0xefbe4786, 0x384f25e3,
  0x0fc19dc6, 0x8b8cd5b5, 0x240ca1cc, 0x77ac9c65,
  0x2de92c6f, 0x592b0275, 0x4a7484aa, 0x6ea6e483,
  0x5cb0a9dc, 0xbd41fbd4, 0x76f988da, 0x831153b5,
  0x983e5152, 0xee66dfab, 0xa831c66d, 0x2db43210,
  0xb00327c8, 0x98fb213f, 0xbf597fc7, 0xbeef0ee4,
  0xc6e00bf3, 0x3da88fc2, 0xd5a79147, 0x930aa725,
  0x06ca6351, 0xe003826f, 0x14292967, 0x0a0e6e70,
  0x27b70a85, 0x46d22ffc, 0x2e1b2138, 0x5c26c926,
  0x4d2c6dfc, 0x5ac42aed, 0x53380d13, 0x9d95b3df,
  0x650a7354, 0x8baf63de, 0x766a0abb, 0x3c77b2a8,
  0x81c2c92e, 0x47edaee6, 0x92722c85, 0x1482353b,
  0xa2bfe8a1, 0x4cf10364, 0xa81a664b, 0xbc423001,
  0xc24b8b70, 0xd0f89791, 0xc76c51a3, 0x0654be30,
  0xd192e819, 0xd6ef5218, 0xd6990624, 0x5565a910,
  0xf40e3585, 0x5771202a, 0x106aa070, 0x32bbd1b8,
  0x19a4c116, 0xb8d2d0c8, 0x1e376c08, 0x5141ab53,
  0x2748774c, 0xdf8eeb99, 0x34b0bcb5, 0xe19b48a8,
  0x391c0cb3, 0xc5c95a63, 0x4ed8aa4a, 0xe3418acb,
  0x5b9cca4f, 0x7763e373, 0x682e6ff3, 0xd6b2b8a3,
  0x748f82ee, 0x5defb2fc, 0x78a5636f, 0x43172f60,
  0x84c87814, 0xa1f0ab72, 0x8cc70208, 0x1a6439ec,
  0x90befffa, 0x23631e28, 0xa4506ceb, 0xde82bde9,
  0xbef9a3f7, 0xb2c67915, 0xc67178f2, 0xe372532b,
  0xca273ece, 0xea26619c, 0xd186b8c7, 0x21c0c207,
  0xeada7dd6, 0xcde0eb1e, 0xf57d4f7f, 0xee6ed178,
  0x06f067aa, 0x72176fba, 0x0a637dc5, 0xa2c898a6,
  0x113f9804, 0xbef90dae, 0x1b710b35, 0x131c471b,
  0x28db77f5, 0x23047d84, 0x32caab7b, 0x40c72493,
  0x3c9ebe0a, 0x15c9bebc, 0x431d67c4, 0x9c100d4c,
  0x4cc5d4be, 0xcb3e42b6, 0x597f299c, 0xfc657e2a,
  0x5fcb6fab, 0x3ad6faec, 0x6c44198c, 0x4a475817
];

function crypto_hashblocks_hl(hh, hl, m, n) {
  var wh = new Int32Array(16), wl = new Int32Array(16),
      bh0, bh1, bh2, bh3, bh4, bh5, bh6, bh7,
      bl0, bl1, bl2, bl3, bl4, bl5, bl6, bl7,
      th, tl, i, j, h, l, a, b, c, d;

  var ah0 = hh[0],
      ah1 = hh[1],
      ah2 = hh[2],
      ah3 = hh[3],
      ah4 = hh[4],
      ah5 = hh[5],
      ah6 = hh[6],
      ah7 = hh[7],

      al0 = hl[0],
      al1 = hl[1],
      al2 = hl[2],
      al3 = hl[3],
      al4 = hl[4],
      al5 = hl[5],
      al6 = hl[6],
      al7 = hl[7];

  var pos = 0;
  while (n >= 128) {
    for (i = 0; i < 16; i++) {
      j = 8 * i + pos;
      wh[i] = (m[j+0] << 24) | (m[j+1] << 16) | (m[j+2] << 8) | m[j+3];
      wl[i] = (m[j+4] << 24) | (m[j+5] << 16) | (m[j+6] << 8) | m[j+7];
    }
    for (i = 0; i < 80; i++) {
      bh0 = ah0;
      bh1 = ah1;
      bh2 = ah2;
      bh3 = ah3;
      bh4 = ah4;
      bh5 = ah5;
      bh6 = ah6;
      bh7 = ah7;

      bl0 = al0;
      bl1 = al1;
      bl2 = al2;
      bl3 = al3;
      bl4 = al4;
      bl5 = al5;
      bl6 = al6;
      bl7 = al7;

      // add
      h = ah7;
      l = al7;

      a = l & 0xffff; b = l >>> 16;
      c = h & 0xffff; d = h >>> 16;

      // Sigma1
      h = ((ah4 >>> 14) | (al4 << (32-14))) ^ ((ah4 >>> 18) | (al4 << (32-18))) ^ ((al4 >>> (41-32)) | (ah4 << (32-(41-32))));
      l = ((al4 >>> 14) | (ah4 << (32-14))) ^ ((al4 >>> 18) | (ah4 << (32-18))) ^ ((ah4 >>> (41-32)) | (al4 << (32-(41-32))));

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      // Ch
      h = (ah4 & ah5) ^ (~ah4 & ah6);
      l = (al4 & al5) ^ (~al4 & al6);

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      // K
      h = K[i*2];
      l = K[i*2+1];

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      // w
      h = wh[i%16];
      l = wl[i%16];

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      b += a >>> 16;
      c += b >>> 16;
      d += c >>> 16;

      th = c & 0xffff | d << 16;
      tl = a & 0xffff | b << 16;

      // add
      h = th;
      l = tl;

      a = l & 0xffff; b = l >>> 16;
      c = h & 0xffff; d = h >>> 16;

      // Sigma0
      h = ((ah0 >>> 28) | (al0 << (32-28))) ^ ((al0 >>> (34-32)) | (ah0 << (32-(34-32)))) ^ ((al0 >>> (39-32)) | (ah0 << (32-(39-32))));
      l = ((al0 >>> 28) | (ah0 << (32-28))) ^ ((ah0 >>> (34-32)) | (al0 << (32-(34-32)))) ^ ((ah0 >>> (39-32)) | (al0 << (32-(39-32))));

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      // Maj
      h = (ah0 & ah1) ^ (ah0 & ah2) ^ (ah1 & ah2);
      l = (al0 & al1) ^ (al0 & al2) ^ (al1 & al2);

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      b += a >>> 16;
      c += b >>> 16;
      d += c >>> 16;

      bh7 = (c & 0xffff) | (d << 16);
      bl7 = (a & 0xffff) | (b << 16);

      // add
      h = bh3;
      l = bl3;

      a = l & 0xffff; b = l >>> 16;
      c = h & 0xffff; d = h >>> 16;

      h = th;
      l = tl;

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      b += a >>> 16;
      c += b >>> 16;
      d += c >>> 16;

      bh3 = (c & 0xffff) | (d << 16);
      bl3 = (a & 0xffff) | (b << 16);

      ah1 = bh0;
      ah2 = bh1;
      ah3 = bh2;
      ah4 = bh3;
      ah5 = bh4;
      ah6 = bh5;
      ah7 = bh6;
      ah0 = bh7;

      al1 = bl0;
      al2 = bl1;
      al3 = bl2;
      al4 = bl3;
      al5 = bl4;
      al6 = bl5;
      al7 = bl6;
      al0 = bl7;

      if (i%16 === 15) {
        for (j = 0; j < 16; j++) {
          // add
          h = wh[j];
          l = wl[j];

          a = l & 0xffff; b = l >>> 16;
          c = h & 0xffff; d = h >>> 16;

          h = wh[(j+9)%16];
          l = wl[(j+9)%16];

          a += l & 0xffff; b += l >>> 16;
          c += h & 0xffff; d += h >>> 16;

          // sigma0
          th = wh[(j+1)%16];
          tl = wl[(j+1)%16];
          h = ((th >>> 1) | (tl << (32-1))) ^ ((th >>> 8) | (tl << (32-8))) ^ (th >>> 7);
          l = ((tl >>> 1) | (th << (32-1))) ^ ((tl >>> 8) | (th << (32-8))) ^ ((tl >>> 7) | (th << (32-7)));

          a += l & 0xffff; b += l >>> 16;
          c += h & 0xffff; d += h >>> 16;

          // sigma1
          th = wh[(j+14)%16];
          tl = wl[(j+14)%16];
          h = ((th >>> 19) | (tl << (32-19))) ^ ((tl >>> (61-32)) | (th << (32-(61-32)))) ^ (th >>> 6);
          l = ((tl >>> 19) | (th << (32-19))) ^ ((th >>> (61-32)) | (tl << (32-(61-32)))) ^ ((tl >>> 6) | (th << (32-6)));

          a += l & 0xffff; b += l >>> 16;
          c += h & 0xffff; d += h >>> 16;

          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;

          wh[j] = (c & 0xffff) | (d << 16);
          wl[j] = (a & 0xffff) | (b << 16);
        }
      }
    }

    // add
    h = ah0;
    l = al0;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[0];
    l = hl[0];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[0] = ah0 = (c & 0xffff) | (d << 16);
    hl[0] = al0 = (a & 0xffff) | (b << 16);

    h = ah1;
    l = al1;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[1];
    l = hl[1];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[1] = ah1 = (c & 0xffff) | (d << 16);
    hl[1] = al1 = (a & 0xffff) | (b << 16);

    h = ah2;
    l = al2;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[2];
    l = hl[2];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[2] = ah2 = (c & 0xffff) | (d << 16);
    hl[2] = al2 = (a & 0xffff) | (b << 16);

    h = ah3;
    l = al3;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[3];
    l = hl[3];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[3] = ah3 = (c & 0xffff) | (d << 16);
    hl[3] = al3 = (a & 0xffff) | (b << 16);

    h = ah4;
    l = al4;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[4];
    l = hl[4];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[4] = ah4 = (c & 0xffff) | (d << 16);
    hl[4] = al4 = (a & 0xffff) | (b << 16);

    h = ah5;
    l = al5;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[5];
    l = hl[5];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[5] = ah5 = (c & 0xffff) | (d << 16);
    hl[5] = al5 = (a & 0xffff) | (b << 16);

    h = ah6;
    l = al6;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[6];
    l = hl[6];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[6] = ah6 = (c & 0xffff) | (d << 16);
    hl[6] = al6 = (a & 0xffff) | (b << 16);

    h = ah7;
    l = al7;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[7];
    l = hl[7];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[7] = ah7 = (c & 0xffff) | (d << 16);
    hl[7] = al7 = (a & 0xffff) | (b << 16);

    pos += 128;
    n -= 128;
  }

  return n;
}

function crypto_hash(out, m, n) {
  var hh = new Int32Array(8),
      hl = new Int32Array(8),
      x = new Uint8Array(256),
      i, b = n;

  hh[0] = 0x6a09e667;
  hh[1] = 0xbb67ae85;
  hh[2] = 0x3c6ef372;
  hh[3] = 0xa54ff53a;
  hh[4] = 0x510e527f;
  hh[5] = 0x9b05688c;
  hh[6] = 0x1f83d9ab;
  hh[7] = 0x5be0cd19;

  hl[0] = 0xf3bcc908;
  hl[1] = 0x84caa73b;
  hl[2] = 0xfe94f82b;
  hl[3] = 0x5f1d36f1;
  hl[4] = 0xade682d1;
  hl[5] = 0x2b3e6c1f;
  hl[6] = 0xfb41bd6b;
  hl[7] = 0x137e2179;

  crypto_hashblocks_hl(hh, hl, m, n);
  n %= 128;

  for (i = 0; i < n; i++) x[i] = m[b-n+i];
  x[n] = 128;

  n = 256-128*(n<112?1:0);
  x[n-9] = 0;
  ts64(x, n-8,  (b / 0x20000000) | 0, b << 3);
  crypto_hashblocks_hl(hh, hl, x, n);

  for (i = 0; i < 8; i++) ts64(out, 8*i, hh[i], hl[i]);

  return 0;
}

function add(p, q) {
  var a = gf(), b = gf(), c = gf(),
      d = gf(), e = gf(), f = gf(),
      g = gf(), h = gf(), t = gf();

  Z(a, p[1], p[0]);
  Z(t, q[1], q[0]);
  M(a, a, t);
  A(b, p[0], p[1]);
  A(t, q[0], q[1]);
  M(b, b, t);
  M(c, p[3], q[3]);
  M(c, c, D2);
  M(d, p[2], q[2]);
  A(d, d, d);
  Z(e, b, a);
  Z(f, d, c);
  A(g, d, c);
  A(h, b, a);

  M(p[0], e, f);
  M(p[1], h, g);
  M(p[2], g, f);
  M(p[3], e, h);
}

function cswap(p, q, b) {
  var i;
  for (i = 0; i < 4; i++) {
    sel25519(p[i], q[i], b);
  }
}

function pack(r, p) {
  var tx = gf(), ty = gf(), zi = gf();
  inv25519(zi, p[2]);
  M(tx, p[0], zi);
  M(ty, p[1], zi);
  pack25519(r, ty);
  r[31] ^= par25519(tx) << 7;
}

function scalarmult(p, q, s) {
  var b, i;
  set25519(p[0], gf0);
  set25519(p[1], gf1);
  set25519(p[2], gf1);
  set25519(p[3], gf0);
  for (i = 255; i >= 0; --i) {
    b = (s[(i/8)|0] >> (i&7)) & 1;
    cswap(p, q, b);
    add(q, p);
    add(p, p);
    cswap(p, q, b);
  }
}

function scalarbase(p, s) {
  var q = [gf(), gf(), gf(), gf()];
  set25519(q[0], X);
  set25519(q[1], Y);
  set25519(q[2], gf1);
  M(q[3], X, Y);
  scalarmult(p, q, s);
}

function crypto_sign_keypair(pk, sk, seeded) {
  var d = new Uint8Array(64);
  var p = [gf(), gf(), gf(), gf()];
  var i;

  if (!seeded) randombytes(sk, 32);
  crypto_hash(d, sk, 32);
  d[0] &= 248;
  d[31] &= 127;
  d[31] |= 64;

  scalarbase(p, d);
  pack(pk, p);

  for (i = 0; i < 32; i++) sk[i+32] = pk[i];
  return 0;
}

var L = new Float64Array([0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10]);

function modL(r, x) {
  var carry, i, j, k;
  for (i = 63; i >= 32; --i) {
    carry = 0;
    for (j = i - 32, k = i - 12; j < k; ++j) {
      x[j] += carry - 16 * x[i] * L[j - (i - 32)];
      carry = Math.floor((x[j] + 128) / 256);
      x[j] -= carry * 256;
    }
    x[j] += carry;
    x[i] = 0;
  }
  carry = 0;
  for (j = 0; j < 32; j++) {
    x[j] += carry - (x[31] >> 4) * L[j];
    carry = x[j] >> 8;
    x[j] &= 255;
  }
  for (j = 0; j < 32; j++) x[j] -= carry * L[j];
  for (i = 0; i < 32; i++) {
    x[i+1] += x[i] >> 8;
    r[i] = x[i] & 255;
  }
}

function reduce(r) {
  var x = new Float64Array(64), i;
  for (i = 0; i < 64; i++) x[i] = r[i];
  for (i = 0; i < 64; i++) r[i] = 0;
  modL(r, x);
}

// Note: difference from C - smlen returned, not passed as argument.
function crypto_sign(sm, m, n, sk) {
  var d = new Uint8Array(64), h = new Uint8Array(64), r = new Uint8Array(64);
  var i, j, x = new Float64Array(64);
  var p = [gf(), gf(), gf(), gf()];

  crypto_hash(d, sk, 32);
  d[0] &= 248;
  d[31] &= 127;
  d[31] |= 64;

  var smlen = n + 64;
  for (i = 0; i < n; i++) sm[64 + i] = m[i];
  for (i = 0; i < 32; i++) sm[32 + i] = d[32 + i];

  crypto_hash(r, sm.subarray(32), n+32);
  reduce(r);
  scalarbase(p, r);
  pack(sm, p);

  for (i = 32; i < 64; i++) sm[i] = sk[i];
  crypto_hash(h, sm, n + 64);
  reduce(h);

  for (i = 0; i < 64; i++) x[i] = 0;
  for (i = 0; i < 32; i++) x[i] = r[i];
  for (i = 0; i < 32; i++) {
    for (j = 0; j < 32; j++) {
      x[i+j] += h[i] * d[j];
    }
  }

  modL(sm.subarray(32), x);
  return smlen;
}

function unpackneg(r, p) {
  var t = gf(), chk = gf(), num = gf(),
      den = gf(), den2 = gf(), den4 = gf(),
      den6 = gf();

  set25519(r[2], gf1);
  unpack25519(r[1], p);
  S(num, r[1]);
  M(den, num, D);
  Z(num, num, r[2]);
  A(den, r[2], den);

  S(den2, den);
  S(den4, den2);
  M(den6, den4, den2);
  M(t, den6, num);
  M(t, t, den);

  pow2523(t, t);
  M(t, t, num);
  M(t, t, den);
  M(t, t, den);
  M(r[0], t, den);

  S(chk, r[0]);
  M(chk, chk, den);
  if (neq25519(chk, num)) M(r[0], r[0], I);

  S(chk, r[0]);
  M(chk, chk, den);
  if (neq25519(chk, num)) return -1;

  if (par25519(r[0]) === (p[31]>>7)) Z(r[0], gf0, r[0]);

  M(r[3], r[0], r[1]);
  return 0;
}

function crypto_sign_open(m, sm, n, pk) {
  var i;
  var t = new Uint8Array(32), h = new Uint8Array(64);
  var p = [gf(), gf(), gf(), gf()],
      q = [gf(), gf(), gf(), gf()];

  if (n < 64) return -1;

  if (unpackneg(q, pk)) return -1;

  for (i = 0; i < n; i++) m[i] = sm[i];
  for (i = 0; i < 32; i++) m[i+32] = pk[i];
  crypto_hash(h, m, n);
  reduce(h);
  scalarmult(p, q, h);

  scalarbase(q, sm.subarray(32));
  add(p, q);
  pack(t, p);

  n -= 64;
  if (crypto_verify_32(sm, 0, t, 0)) {
    for (i = 0; i < n; i++) m[i] = 0;
    return -1;
  }

  for (i = 0; i < n; i++) m[i] = sm[i + 64];
  return n;
}

var crypto_secretbox_KEYBYTES = 32,
    crypto_secretbox_NONCEBYTES = 24,
    crypto_secretbox_ZEROBYTES = 32,
    crypto_secretbox_BOXZEROBYTES = 16,
    crypto_scalarmult_BYTES = 32,
    crypto_scalarmult_SCALARBYTES = 32,
    crypto_box_PUBLICKEYBYTES = 32,
    crypto_box_SECRETKEYBYTES = 32,
    crypto_box_BEFORENMBYTES = 32,
    crypto_box_NONCEBYTES = crypto_secretbox_NONCEBYTES,
    crypto_box_ZEROBYTES = crypto_secretbox_ZEROBYTES,
    crypto_box_BOXZEROBYTES = crypto_secretbox_BOXZEROBYTES,
    crypto_sign_BYTES = 64,
    crypto_sign_PUBLICKEYBYTES = 32,
    crypto_sign_SECRETKEYBYTES = 64,
    crypto_sign_SEEDBYTES = 32,
    crypto_hash_BYTES = 64;

nacl.lowlevel = {
  crypto_core_hsalsa20: crypto_core_hsalsa20,
  crypto_stream_xor: crypto_stream_xor,
  crypto_stream: crypto_stream,
  crypto_stream_salsa20_xor: crypto_stream_salsa20_xor,
  crypto_stream_salsa20: crypto_stream_salsa20,
  crypto_onetimeauth: crypto_onetimeauth,
  crypto_onetimeauth_verify: crypto_onetimeauth_verify,
  crypto_verify_16: crypto_verify_16,
  crypto_verify_32: crypto_verify_32,
  crypto_secretbox: crypto_secretbox,
  crypto_secretbox_open: crypto_secretbox_open,
  crypto_scalarmult: crypto_scalarmult,
  crypto_scalarmult_base: crypto_scalarmult_base,
  crypto_box_beforenm: crypto_box_beforenm,
  crypto_box_afternm: crypto_box_afternm,
  crypto_box: crypto_box,
  crypto_box_open: crypto_box_open,
  crypto_box_keypair: crypto_box_keypair,
  crypto_hash: crypto_hash,
  crypto_sign: crypto_sign,
  crypto_sign_keypair: crypto_sign_keypair,
  crypto_sign_open: crypto_sign_open,

  crypto_secretbox_KEYBYTES: crypto_secretbox_KEYBYTES,
  crypto_secretbox_NONCEBYTES: crypto_secretbox_NONCEBYTES,
  crypto_secretbox_ZEROBYTES: crypto_secretbox_ZEROBYTES,
  crypto_secretbox_BOXZEROBYTES: crypto_secretbox_BOXZEROBYTES,
  crypto_scalarmult_BYTES: crypto_scalarmult_BYTES,
  crypto_scalarmult_SCALARBYTES: crypto_scalarmult_SCALARBYTES,
  crypto_box_PUBLICKEYBYTES: crypto_box_PUBLICKEYBYTES,
  crypto_box_SECRETKEYBYTES: crypto_box_SECRETKEYBYTES,
  crypto_box_BEFORENMBYTES: crypto_box_BEFORENMBYTES,
  crypto_box_NONCEBYTES: crypto_box_NONCEBYTES,
  crypto_box_ZEROBYTES: crypto_box_ZEROBYTES,
  crypto_box_BOXZEROBYTES: crypto_box_BOXZEROBYTES,
  crypto_sign_BYTES: crypto_sign_BYTES,
  crypto_sign_PUBLICKEYBYTES: crypto_sign_PUBLICKEYBYTES,
  crypto_sign_SECRETKEYBYTES: crypto_sign_SECRETKEYBYTES,
  crypto_sign_SEEDBYTES: crypto_sign_SEEDBYTES,
  crypto_hash_BYTES: crypto_hash_BYTES,

  gf: gf,
  D: D,
  L: L,
  pack25519: pack25519,
  unpack25519: unpack25519,
  M: M,
  A: A,
  S: S,
  Z: Z,
  pow2523: pow2523,
  add: add,
  set25519: set25519,
  modL: modL,
  scalarmult: scalarmult,
  scalarbase: scalarbase,
};

/* High-level API */

function checkLengths(k, n) {
  if (k.length !== crypto_secretbox_KEYBYTES) throw new Error('bad key size');
  if (n.length !== crypto_secretbox_NONCEBYTES) throw new Error('bad nonce size');
}

function checkBoxLengths(pk, sk) {
  if (pk.length !== crypto_box_PUBLICKEYBYTES) throw new Error('bad public key size');
  if (sk.length !== crypto_box_SECRETKEYBYTES) throw new Error('bad secret key size');
}

function checkArrayTypes() {
  for (var i = 0; i < arguments.length; i++) {
    if (!(arguments[i] instanceof Uint8Array))
      throw new TypeError('unexpected type, use Uint8Array');
  }
}

function cleanup(arr) {
  for (var i = 0; i < arr.length; i++) arr[i] = 0;
}

nacl.randomBytes = function(n) {
  var b = new Uint8Array(n);
  randombytes(b, n);
  return b;
};

nacl.secretbox = function(msg, nonce, key) {
  checkArrayTypes(msg, nonce, key);
  checkLengths(key, nonce);
  var m = new Uint8Array(crypto_secretbox_ZEROBYTES + msg.length);
  var c = new Uint8Array(m.length);
  for (var i = 0; i < msg.length; i++) m[i+crypto_secretbox_ZEROBYTES] = msg[i];
  crypto_secretbox(c, m, m.length, nonce, key);
  return c.subarray(crypto_secretbox_BOXZEROBYTES);
};

nacl.secretbox.open = function(box, nonce, key) {
  checkArrayTypes(box, nonce, key);
  checkLengths(key, nonce);
  var c = new Uint8Array(crypto_secretbox_BOXZEROBYTES + box.length);
  var m = new Uint8Array(c.length);
  for (var i = 0; i < box.length; i++) c[i+crypto_secretbox_BOXZEROBYTES] = box[i];
  if (c.length < 32) return null;
  if (crypto_secretbox_open(m, c, c.length, nonce, key) !== 0) return null;
  return m.subarray(crypto_secretbox_ZEROBYTES);
};

nacl.secretbox.keyLength = crypto_secretbox_KEYBYTES;
nacl.secretbox.nonceLength = crypto_secretbox_NONCEBYTES;
nacl.secretbox.overheadLength = crypto_secretbox_BOXZEROBYTES;

nacl.scalarMult = function(n, p) {
  checkArrayTypes(n, p);
  if (n.length !== crypto_scalarmult_SCALARBYTES) throw new Error('bad n size');
  if (p.length !== crypto_scalarmult_BYTES) throw new Error('bad p size');
  var q = new Uint8Array(crypto_scalarmult_BYTES);
  crypto_scalarmult(q, n, p);
  return q;
};

nacl.scalarMult.base = function(n) {
  checkArrayTypes(n);
  if (n.length !== crypto_scalarmult_SCALARBYTES) throw new Error('bad n size');
  var q = new Uint8Array(crypto_scalarmult_BYTES);
  crypto_scalarmult_base(q, n);
  return q;
};

nacl.scalarMult.scalarLength = crypto_scalarmult_SCALARBYTES;
nacl.scalarMult.groupElementLength = crypto_scalarmult_BYTES;

nacl.box = function(msg, nonce, publicKey, secretKey) {
  var k = nacl.box.before(publicKey, secretKey);
  return nacl.secretbox(msg, nonce, k);
};

nacl.box.before = function(publicKey, secretKey) {
  checkArrayTypes(publicKey, secretKey);
  checkBoxLengths(publicKey, secretKey);
  var k = new Uint8Array(crypto_box_BEFORENMBYTES);
  crypto_box_beforenm(k, publicKey, secretKey);
  return k;
};

nacl.box.after = nacl.secretbox;

nacl.box.open = function(msg, nonce, publicKey, secretKey) {
  var k = nacl.box.before(publicKey, secretKey);
  return nacl.secretbox.open(msg, nonce, k);
};

nacl.box.open.after = nacl.secretbox.open;

nacl.box.keyPair = function() {
  var pk = new Uint8Array(crypto_box_PUBLICKEYBYTES);
  var sk = new Uint8Array(crypto_box_SECRETKEYBYTES);
  crypto_box_keypair(pk, sk);
  return {publicKey: pk, secretKey: sk};
};

nacl.box.keyPair.fromSecretKey = function(secretKey) {
  checkArrayTypes(secretKey);
  if (secretKey.length !== crypto_box_SECRETKEYBYTES)
    throw new Error('bad secret key size');
  var pk = new Uint8Array(crypto_box_PUBLICKEYBYTES);
  crypto_scalarmult_base(pk, secretKey);
  return {publicKey: pk, secretKey: new Uint8Array(secretKey)};
};

nacl.box.publicKeyLength = crypto_box_PUBLICKEYBYTES;
nacl.box.secretKeyLength = crypto_box_SECRETKEYBYTES;
nacl.box.sharedKeyLength = crypto_box_BEFORENMBYTES;
nacl.box.nonceLength = crypto_box_NONCEBYTES;
nacl.box.overheadLength = nacl.secretbox.overheadLength;

nacl.sign = function(msg, secretKey) {
  checkArrayTypes(msg, secretKey);
  if (secretKey.length !== crypto_sign_SECRETKEYBYTES)
    throw new Error('bad secret key size');
  var signedMsg = new Uint8Array(crypto_sign_BYTES+msg.length);
  crypto_sign(signedMsg, msg, msg.length, secretKey);
  return signedMsg;
};

nacl.sign.open = function(signedMsg, publicKey) {
  checkArrayTypes(signedMsg, publicKey);
  if (publicKey.length !== crypto_sign_PUBLICKEYBYTES)
    throw new Error('bad public key size');
  var tmp = new Uint8Array(signedMsg.length);
  var mlen = crypto_sign_open(tmp, signedMsg, signedMsg.length, publicKey);
  if (mlen < 0) return null;
  var m = new Uint8Array(mlen);
  for (var i = 0; i < m.length; i++) m[i] = tmp[i];
  return m;
};

nacl.sign.detached = function(msg, secretKey) {
  var signedMsg = nacl.sign(msg, secretKey);
  var sig = new Uint8Array(crypto_sign_BYTES);
  for (var i = 0; i < sig.length; i++) sig[i] = signedMsg[i];
  return sig;
};

nacl.sign.detached.verify = function(msg, sig, publicKey) {
  checkArrayTypes(msg, sig, publicKey);
  if (sig.length !== crypto_sign_BYTES)
    throw new Error('bad signature size');
  if (publicKey.length !== crypto_sign_PUBLICKEYBYTES)
    throw new Error('bad public key size');
  var sm = new Uint8Array(crypto_sign_BYTES + msg.length);
  var m = new Uint8Array(crypto_sign_BYTES + msg.length);
  var i;
  for (i = 0; i < crypto_sign_BYTES; i++) sm[i] = sig[i];
  for (i = 0; i < msg.length; i++) sm[i+crypto_sign_BYTES] = msg[i];
  return (crypto_sign_open(m, sm, sm.length, publicKey) >= 0);
};

nacl.sign.keyPair = function() {
  var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES);
  var sk = new Uint8Array(crypto_sign_SECRETKEYBYTES);
  crypto_sign_keypair(pk, sk);
  return {publicKey: pk, secretKey: sk};
};

nacl.sign.keyPair.fromSecretKey = function(secretKey) {
  checkArrayTypes(secretKey);
  if (secretKey.length !== crypto_sign_SECRETKEYBYTES)
    throw new Error('bad secret key size');
  var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES);
  for (var i = 0; i < pk.length; i++) pk[i] = secretKey[32+i];
  return {publicKey: pk, secretKey: new Uint8Array(secretKey)};
};

nacl.sign.keyPair.fromSeed = function(seed) {
  checkArrayTypes(seed);
  if (seed.length !== crypto_sign_SEEDBYTES)
    throw new Error('bad seed size');
  var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES);
  var sk = new Uint8Array(crypto_sign_SECRETKEYBYTES);
  for (var i = 0; i < 32; i++) sk[i] = seed[i];
  crypto_sign_keypair(pk, sk, true);
  return {publicKey: pk, secretKey: sk};
};

nacl.sign.publicKeyLength = crypto_sign_PUBLICKEYBYTES;
nacl.sign.secretKeyLength = crypto_sign_SECRETKEYBYTES;
nacl.sign.seedLength = crypto_sign_SEEDBYTES;
nacl.sign.signatureLength = crypto_sign_BYTES;

nacl.hash = function(msg) {
  checkArrayTypes(msg);
  var h = new Uint8Array(crypto_hash_BYTES);
  crypto_hash(h, msg, msg.length);
  return h;
};

nacl.hash.hashLength = crypto_hash_BYTES;

nacl.verify = function(x, y) {
  checkArrayTypes(x, y);
  // Zero length arguments are considered not equal.
  if (x.length === 0 || y.length === 0) return false;
  if (x.length !== y.length) return false;
  return (vn(x, 0, y, 0, x.length) === 0) ? true : false;
};

nacl.setPRNG = function(fn) {
  randombytes = fn;
};

(function() {
  // Initialize PRNG if environment provides CSPRNG.
  // If not, methods calling randombytes will throw.
  var crypto = typeof self !== 'undefined' ? (self.crypto || self.msCrypto) : null;
  if (crypto && crypto.getRandomValues) {
    // Browsers.
    var QUOTA = 65536;
    nacl.setPRNG(function(x, n) {
      var i, v = new Uint8Array(n);
      for (i = 0; i < n; i += QUOTA) {
        crypto.getRandomValues(v.subarray(i, i + Math.min(n - i, QUOTA)));
      }
      for (i = 0; i < n; i++) x[i] = v[i];
      cleanup(v);
    });
  } else if (true) {
    // Node.js.
    crypto = __nccwpck_require__(6982);
    if (crypto && crypto.randomBytes) {
      nacl.setPRNG(function(x, n) {
        var i, v = crypto.randomBytes(n);
        for (i = 0; i < n; i++) x[i] = v[i];
        cleanup(v);
      });
    }
  }
})();

})( true && module.exports ? module.exports : (self.nacl = self.nacl || {}));


/***/ }),

/***/ 4382:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qu: () => (/* binding */ actionEnvironment),
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: actionLogger

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __nccwpck_require__(3195);
// EXTERNAL MODULE: ./packages/core/src/log.ts
var log = __nccwpck_require__(8315);
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
    info: (message) => core/* info */.pq((0,log/* inertToRunner */.CC)(message, stopToken)),
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

/***/ 3079:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_src_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4382);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5806);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(106);



await (0,_shared_src_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)('sign', async () => (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getInputs */ .G)()));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5806:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ getInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3195);
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6481);


/** The only place that reads the runner's inputs; secrets are masked as soon as they are read. */
function getInputs() {
    const secrets = new Set(_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_1__/* .SIGN_SECRETS */ .E0);
    return (0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_1__/* .parseSignInputs */ .a4)((name) => {
        const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
        if (secrets.has(name) && value !== '') {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
            // A multi-line PEM: the runner masks line by line, so mask each line too.
            for (const line of value.split(/\r?\n/))
                if (line.trim().length >= 8)
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(line.trim());
        }
        return value;
    });
}


/***/ }),

/***/ 106:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6481);
/* harmony import */ var _shared_src_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4382);


async function run(inputs) {
    return (0,_immutable_artefacts_core__WEBPACK_IMPORTED_MODULE_1__/* .runSign */ .tl)(inputs, (0,_shared_src_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .actionEnvironment */ .qu)());
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ ArtefactsError),
/* harmony export */   UQ: () => (/* binding */ jsonSyntaxError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   aH: () => (/* binding */ documentError),
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

/***/ 9594:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ readGitHubContext),
/* harmony export */   QO: () => (/* binding */ parseWorkflowRef),
/* harmony export */   Vp: () => (/* binding */ runUrl)
/* harmony export */ });
/* unused harmony export readRunContext */
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

/***/ 8315:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ inertToRunner),
/* harmony export */   Uu: () => (/* binding */ memoryLogger)
/* harmony export */ });
/* unused harmony exports silentLogger, heldLogger */
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


/***/ }),

/***/ 6481:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E0: () => (/* binding */ SIGN_SECRETS),
  a4: () => (/* binding */ parseSignInputs),
  tl: () => (/* binding */ runSign)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/github/context.ts
var github_context = __nccwpck_require__(9594);
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
    return `[${label}](${(0,github_context/* runUrl */.Vp)(github)}${attempt ? `/attempts/${attempt}` : ''})`;
}
/** Applies jobSummary to an outcome. */
function withJobSummary(outcome, title, subject, github) {
    return { ...outcome, summary: jobSummary(title, subject, github, outcome.summary) };
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/github/api.ts

class GitHubApiError extends errors/* ArtefactsError */.E {
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

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts

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
        throw (0,errors/* inputError */.Xu)(input, value, 'a value without newlines, tabs or other control characters', 'A single value is one line, given once; each item of a list input goes on its own line.');
    }
    return value;
}
/** A single-value input, trimmed: one line without control characters ('' when not given). */
function inputs_text(get, name) {
    return plainValue(name, get(name).trim());
}
/** A single-value input, trimmed: one line without control characters, or undefined when not given. */
function optionalText(get, name) {
    const value = inputs_text(get, name);
    return value === '' ? undefined : value;
}
/** A single-value input that must be given: one line without control characters. */
function required(get, name) {
    const value = inputs_text(get, name);
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
        throw (0,errors/* inputError */.Xu)(name, '(more than one line, not a PEM key)', 'PEM text (-----BEGIN …), or the path of a key file on one line without control characters');
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
function inputs_boolean(get, name, fallback = false) {
    const raw = get(name).trim();
    if (raw === '')
        return fallback;
    const value = booleanWord(raw);
    if (value === undefined)
        throw (0,errors/* inputError */.Xu)(name, raw, 'true or false');
    return value;
}
/** A true/false word, or `auto` (also when empty): for an input whose default is decided at run time. */
function booleanOrAuto(get, name) {
    const raw = get(name).trim();
    if (raw === '' || raw.toLowerCase() === 'auto')
        return 'auto';
    const value = booleanWord(raw);
    if (value === undefined)
        throw (0,errors/* inputError */.Xu)(name, raw, 'true, false or auto');
    return value;
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
        throw (0,errors/* inputError */.Xu)(name, raw, `one of ${accepted.join(', ')}`);
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
    const raw = inputs_text(get, name);
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
function inputs_credentialPair(get, userInput = 'registry-username', passwordInput = 'registry-password') {
    const username = optionalText(get, userInput);
    const password = optionalBlock(get, passwordInput);
    if ((username === undefined) !== (password === undefined)) {
        throw (0,errors/* inputError */.Xu)(username === undefined ? userInput : passwordInput, '', `both ${userInput} and ${passwordInput}, or neither (then ~/.docker/config.json is used)`);
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
        throw new ArtefactsError('INPUT_INVALID', `SOURCE_DATE_EPOCH: got ${JSON.stringify(epoch)}; expected whole seconds since 1970-01-01 UTC.`, { hint: 'Set it to e.g. $(git log -1 --format=%ct), or unset it to use the commit time.' });
    }
    return Number(epoch);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/core/src/paths.ts
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
    return { root: external_node_path_default().resolve(root), allowOutside: allowOutside ?? new Set() };
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
    for (const name of splitList(raw(ALLOW_OUTSIDE_WORKSPACE))) {
        if (!pathInputs.includes(name)) {
            throw (0,errors/* inputError */.Xu)(ALLOW_OUTSIDE_WORKSPACE, name, pathInputs.length === 0
                ? 'nothing (this command has no path inputs)'
                : `names of path inputs of this action: ${pathInputs.join(', ')}`);
        }
        names.add(name);
    }
    return names.size === 0 ? undefined : names;
}
function realRoot(root) {
    try {
        return external_node_fs_.realpathSync(root);
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
            return external_node_path_default().join(external_node_fs_.realpathSync(current), ...rest);
        }
        catch {
            // fall through: current does not resolve
        }
        let link;
        try {
            if (external_node_fs_.lstatSync(current).isSymbolicLink())
                link = external_node_fs_.readlinkSync(current);
        }
        catch {
            // current does not exist
        }
        if (link !== undefined) {
            current = external_node_path_default().resolve(external_node_path_default().dirname(current), link);
            continue;
        }
        const parent = external_node_path_default().dirname(current);
        if (parent === current)
            return external_node_path_default().join(current, ...rest);
        rest.unshift(external_node_path_default().basename(current));
        current = parent;
    }
    throw new errors/* ArtefactsError */.E('PATH_UNSAFE', `${absolute}: too many levels of symbolic links.`);
}
function contains(root, target) {
    const rel = external_node_path_default().relative(root, target);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(rel));
}
/**
 * A path input refused (PATH_UNSAFE). Its hint gives the advice and then the way out, the opt-in for
 * that input; `advice` alone is the hint for a caller whose own user has no such opt-in (`artefacts
 * release` runs the steps with inputs of its own choosing, and takes no allow-outside-workspace).
 */
class PathRefusal extends errors/* ArtefactsError */.E {
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
function paths_inWorkspace(ws, input, value) {
    return insideWorkspace(ws, input, plainValue(input, value));
}
/**
 * {@link inWorkspace} without the control-character rule, for a name that is not an input value
 * but comes from a file (a name listed in a checksums file may be escaped and hold a newline).
 */
function insideWorkspace(ws, input, value) {
    const absolute = external_node_path_default().resolve(ws.root, value);
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
function paths_keyInWorkspace(ws, input, value) {
    if (value === undefined || value.includes('-----BEGIN') || /^keyless$/i.test(value))
        return;
    paths_inWorkspace(ws, input, value);
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
        info = external_node_fs_.lstatSync(file);
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
    for (let dir = external_node_path_default().dirname(file); dir !== missing; missing = dir, dir = external_node_path_default().dirname(dir)) {
        if (kindAt(dir) !== undefined)
            return missing;
    }
    return missing;
}
/** The nearest of `file` and its ancestors that exists and is not a directory (ENOTDIR's culprit). */
function notADirectory(file) {
    for (let at = file;; at = external_node_path_default().dirname(at)) {
        const kind = kindAt(at);
        if (kind !== undefined && kind !== 'a directory')
            return at;
        if (external_node_path_default().dirname(at) === at)
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
function paths_pathInputError(root, input, given, expected, error, at) {
    if (!isPathFailure(error))
        return error;
    const self = external_node_path_default().resolve(root, given);
    const failed = external_node_path_default().resolve(root, at ?? (typeof error.path === 'string' ? error.path : self));
    const name = (file) => {
        if (file === self)
            return 'it';
        const rel = external_node_path_default().relative(root, file);
        return contains(root, file) && rel !== '' ? rel.split((external_node_path_default()).sep).join('/') : file;
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
    return (0,errors/* inputError */.Xu)(input, given, `${expected} (${why})`, hint);
}
/**
 * A failure on a path `origin` named, as that input's error ({@link pathInputError}) when the path
 * is at fault (absent, unreadable, a directory, ...); otherwise, or without an origin, `otherwise()`:
 * for a path carried far from its input (a file found by a glob, read and signed later). `at` is
 * as {@link pathInputError}'s.
 */
function paths_originError(origin, expected, error, otherwise, at) {
    if (origin === undefined || !isPathFailure(error))
        return otherwise();
    return paths_pathInputError(origin.root, origin.input, origin.given, expected, error, at);
}
/**
 * The files a glob input matches, relative to the workspace, as absolute paths in match order;
 * every match is checked as {@link inWorkspace} checks a path, so a pattern reaching out (`../x/*`)
 * or a match that is a symbolic link out is refused, naming the input.
 */
async function workspaceGlob(ws, input, pattern) {
    plainValue(input, pattern);
    const glob = promises_.glob;
    if (typeof glob !== 'function') {
        throw new errors/* ArtefactsError */.E('INTERNAL', 'File globs need Node.js 22 or later (fs.glob).');
    }
    const out = [];
    for await (const entry of glob(pattern, { cwd: ws.root }))
        out.push(paths_inWorkspace(ws, input, entry));
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __nccwpck_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __nccwpck_require__(3917);
;// CONCATENATED MODULE: ./packages/core/src/github/run-facts.ts
/**
 * The facts of a workflow run that a statement about what it made carries: the one builder behind
 * SLSA provenance (sign/statements.ts) and promotion records (promote/records.ts), so the two never
 * disagree on which run, commit, repository or workflow it was.
 */

/**
 * The one builder of a run's facts. `workflow` is GITHUB_WORKFLOW_REF and, when signing keyless, the
 * OIDC token's `job_workflow_ref` (which GitHub's own provenance names as the builder).
 */
function runFacts(context, workflow) {
    const repositoryUrl = `${context.serverUrl}/${context.repository}`;
    const parsed = (0,github_context/* parseWorkflowRef */.QO)(workflow.workflowRef);
    return {
        repository: context.repository,
        repositoryUrl,
        sha: context.sha,
        ref: context.ref,
        workflowName: context.workflow,
        workflowRef: workflow.workflowRef,
        workflow: { path: parsed.path, ref: parsed.ref || context.ref },
        builderId: `${context.serverUrl}/${workflow.jobWorkflowRef ?? workflow.workflowRef}`,
        actor: context.actor,
        runUrl: context.repository === '' || context.runId === ''
            ? undefined
            : `${repositoryUrl}/actions/runs/${context.runId}/attempts/${context.runAttempt || 1}`,
    };
}
/** A run's facts from the runner's environment alone (for a caller with no GitHubContext). */
function envRunFacts(env) {
    return runFacts(readRunContext(env), { workflowRef: env.GITHUB_WORKFLOW_REF ?? '' });
}

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
const files_FILE_CHUNK = 1 << 20;
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
function readFileAhead(file, chunk = files_FILE_CHUNK, flags = 'r') {
    return new ReadAheadStream(file, chunk, flags);
}
/**
 * A pair of read buffers that one reader after another may take: files read one after the other (a
 * directory packed as a tar) share it rather than allocating two chunks per file, however small.
 */
function borrowedBuffers(chunk = files_FILE_CHUNK) {
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
async function* readFileBorrowed(file, chunk = files_FILE_CHUNK, buffers = borrowedBuffers(chunk), flags = 'r') {
    const handle = await (0,promises_.open)(file, flags);
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
async function files_writeFilesTogether(files, failure) {
    await (await stageFiles(files, failure)).commit();
}

;// CONCATENATED MODULE: ./packages/core/src/oci/media.ts
/**
 * Media types, descriptors and digests. A manifest is always kept as its exact bytes: its digest
 * is the sha256 of those bytes, so it is never re-serialised once it exists.
 */




const media_MEDIA = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    ociLayerTar: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    empty: 'application/vnd.oci.empty.v1+json',
};
/**
 * The image-spec's pre-defined annotation keys (image-spec annotations.md) this project reads or
 * writes, on manifests, indexes and descriptors; config labels use the same keys.
 */
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
const ANNOTATION_TITLE = 'org.opencontainers.image.title';
const ANNOTATION_SOURCE = 'org.opencontainers.image.source';
const ANNOTATION_VERSION = 'org.opencontainers.image.version';
const ANNOTATION_REVISION = 'org.opencontainers.image.revision';
const MANIFEST_MEDIA_TYPES = [
    media_MEDIA.ociManifest,
    media_MEDIA.ociIndex,
    media_MEDIA.dockerManifest,
    media_MEDIA.dockerList,
];
const INDEX_MEDIA_TYPES = [media_MEDIA.ociIndex, media_MEDIA.dockerList];
/** RFC 6838's `type/subtype` (restricted-name on each side): the shape of any artifactType or mediaType. */
const MEDIA_TYPE_SHAPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;
/** Whether `value` has the shape of a media type (`application/vnd.acme.chart.v1`); parameters are not allowed. */
function isMediaType(value) {
    return MEDIA_TYPE_SHAPE.test(value);
}
/** The full Accept header: distribution 2.8 answers 404 for an OCI manifest when it is missing. */
const MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(', ');
/** Registries refuse manifests above about 4 MiB; so do we, before sending or while reading. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** The empty JSON config (`{}`), used by artifacts that carry no config. */
const media_EMPTY_JSON = Buffer.from('{}');
const media_EMPTY_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';
/** `os/arch[/variant]` as people write it (`linux/arm64/v8`); empty for no platform. */
function platformKey(p) {
    return p === undefined ? '' : [p.os, p.architecture, p.variant].filter((x) => x !== undefined && x !== '').join('/');
}
/** The empty config's descriptor (`{}`, size 2), as every artifact manifest without a config names it. */
const EMPTY_DESCRIPTOR = Object.freeze({
    mediaType: media_MEDIA.empty,
    digest: media_EMPTY_DIGEST,
    size: 2,
});
/**
 * The one digest of bytes: `sha256:<hex>`. Every manifest, blob and document digest in core is
 * this function (streams hash incrementally, in VerifyingStream and Hasher).
 */
function media_sha256(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/**
 * sha256 and byte count of bytes whose digest is not known yet (a blob being made), as they stream
 * through or are handed to `update`; `result()` answers both once they ended.
 */
class media_Hasher extends external_node_stream_.Transform {
    hash = (0,external_node_crypto_.createHash)('sha256');
    size = 0;
    /** Counts and hashes bytes handed over directly (a writer that is not a stream). */
    update(chunk) {
        this.hash.update(chunk);
        this.size += chunk.length;
    }
    _transform(chunk, _encoding, callback) {
        this.update(chunk);
        callback(null, chunk);
    }
    result() {
        return { digest: `sha256:${this.hash.digest('hex')}`, size: this.size };
    }
}
/** sha256 digest (`sha256:<hex>`) and size of a file, read once. Errors are the caller's to word. */
async function digestFile(file) {
    const hasher = new media_Hasher();
    for await (const chunk of readFileBorrowed(file))
        hasher.update(chunk);
    return hasher.result();
}
const SHA256_HEX = /^[a-f0-9]{64}$/;
/**
 * The other job: checks a digest someone gave (`sha256:<hex>`, or bare hex) and answers its 64
 * lower-case hex digits, as the referrers tag, in-toto subjects and cosign payloads write it.
 */
function media_digestHex(digest) {
    const hex = digest.startsWith('sha256:') ? digest.slice('sha256:'.length) : digest;
    if (!SHA256_HEX.test(hex)) {
        throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `Not a sha256 digest: '${digest.slice(0, 80)}' (expected sha256:<64 hex digits>).`);
    }
    return hex;
}
function isIndexMediaType(mediaType) {
    return INDEX_MEDIA_TYPES.includes(mediaType);
}
function media_isIndex(parsed) {
    return Array.isArray(parsed.manifests);
}
function checkManifestMediaType(mediaType, where) {
    if (!MANIFEST_MEDIA_TYPES.includes(mediaType)) {
        throw new errors/* ArtefactsError */.E('MEDIA_TYPE_UNSUPPORTED', `${where}: unsupported manifest media type ${JSON.stringify(mediaType.slice(0, 200))}.`, { hint: `Supported: ${MANIFEST_MEDIA_TYPES.join(', ')} (Docker schema 1 is not).` });
    }
    return mediaType;
}
/**
 * Parses exact manifest bytes. The media type comes from the body's `mediaType` field, else from
 * the transport (Content-Type) when given, else from the shape (manifests vs layers).
 */
function parseManifest(bytes, where, transportType) {
    if (bytes.length > MAX_MANIFEST_BYTES) {
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${where}: manifest is ${bytes.length} bytes, above the 4 MiB limit.`);
    }
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${where}: manifest is not valid JSON.`, { cause: error });
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${where}: manifest is not a JSON object.`);
    }
    if (parsed.schemaVersion !== 2) {
        throw new errors/* ArtefactsError */.E('MEDIA_TYPE_UNSUPPORTED', `${where}: manifest schemaVersion ${JSON.stringify(parsed.schemaVersion)} is not supported (only 2).`);
    }
    const bodyType = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
    const transport = transportType?.split(';')[0]?.trim();
    const mediaType = bodyType ??
        (transport !== undefined && transport !== '' && transport !== 'application/json' ? transport : undefined) ??
        (Array.isArray(parsed.manifests) ? media_MEDIA.ociIndex : media_MEDIA.ociManifest);
    checkManifestMediaType(mediaType, where);
    if (isIndexMediaType(mediaType)) {
        if (!Array.isArray(parsed.manifests)) {
            throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${where}: index has no manifests array.`);
        }
    }
    else {
        const m = parsed;
        if (typeof m.config?.digest !== 'string' || !Array.isArray(m.layers)) {
            throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${where}: image manifest lacks config or layers.`);
        }
    }
    return { bytes, digest: media_sha256(bytes), mediaType, parsed };
}
/** Serialises a new manifest once; from then on only these bytes are used. */
function media_encodeManifest(value) {
    const bytes = Buffer.from(JSON.stringify(value));
    return parseManifest(bytes, 'new manifest');
}
/** Descriptors a manifest points at: child manifests (index) or config + layers (image). */
function media_childDescriptors(manifest) {
    const parsed = manifest.parsed;
    if (media_isIndex(parsed))
        return { manifests: [...parsed.manifests], blobs: [] };
    return { manifests: [], blobs: [parsed.config, ...parsed.layers] };
}
function descriptorOf(manifest, extra = {}) {
    const d = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
    const artifactType = manifest.parsed.artifactType ?? (media_isIndex(manifest.parsed) ? undefined : manifest.parsed.config.mediaType);
    if (artifactType !== undefined)
        d.artifactType = artifactType;
    if (manifest.parsed.annotations !== undefined)
        d.annotations = { ...manifest.parsed.annotations };
    return { ...d, ...extra };
}
/**
 * Whether bytes already checked against `checked` (digest and size) are checked against exactly
 * `descriptor`: then a consumer need not hash them a second time.
 */
function checksBlob(checked, descriptor) {
    return checked.digest === descriptor.digest && checked.size === descriptor.size;
}
/**
 * The check of a blob's bytes against its descriptor as they pass: sha256 and size, one home for the
 * stream below and the borrowed chunks of {@link verifiedChunks}. `update` refuses a byte past the
 * declared size; `finish` refuses a short body or a wrong digest. Both throw DIGEST_MISMATCH.
 */
class BlobCheck {
    expectedDigest;
    expectedSize;
    where;
    hash = (0,external_node_crypto_.createHash)('sha256');
    finished = false;
    bytes = 0;
    constructor(expectedDigest, expectedSize, where) {
        this.expectedDigest = expectedDigest;
        this.expectedSize = expectedSize;
        this.where = where;
    }
    update(chunk) {
        if (this.expectedSize !== undefined && this.bytes + chunk.length > this.expectedSize) {
            this.bytes += chunk.length;
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${this.where}: more bytes than the ${this.expectedSize} its descriptor declares; refused.`);
        }
        this.hash.update(chunk);
        this.bytes += chunk.length;
    }
    /** Checks the whole body; later calls do nothing once it passed. */
    finish() {
        if (this.finished)
            return;
        if (this.expectedSize !== undefined && this.bytes !== this.expectedSize) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${this.where}: got ${this.bytes} bytes where its descriptor declares ${this.expectedSize}; refused.`);
        }
        const actual = `sha256:${this.hash.digest('hex')}`;
        this.finished = true;
        if (actual !== this.expectedDigest) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${this.where}: content digest is ${actual}, expected ${this.expectedDigest}; refused.`, { hint: 'The source is corrupt or was tampered with; nothing was written.' });
        }
    }
}
/**
 * A pass-through stream verifying sha256 and size while bytes flow. It always holds back the
 * last chunk until the whole content is verified, so a consumer never receives a complete body
 * whose digest is wrong: on a mismatch the stream errors with DIGEST_MISMATCH before ending.
 */
class VerifyingStream extends external_node_stream_.Transform {
    expectedDigest;
    expectedSize;
    check;
    held;
    /** Called with each chunk's length as it is hashed (progress), without a second pass over the bytes. */
    onBytes;
    constructor(expectedDigest, expectedSize, where) {
        // Larger buffers than the 16 KiB default: fewer handoffs per MiB on multi-GB layers, bounded memory.
        super({ highWaterMark: 1 << 20 });
        this.expectedDigest = expectedDigest;
        this.expectedSize = expectedSize;
        this.check = new BlobCheck(expectedDigest, expectedSize, where);
    }
    get bytes() {
        return this.check.bytes;
    }
    /** True when this stream already verifies exactly this content, so wrapping it again would only hash twice. */
    verifies(descriptor) {
        return checksBlob({ digest: this.expectedDigest, size: this.expectedSize }, descriptor);
    }
    _transform(chunk, _encoding, callback) {
        try {
            this.check.update(chunk);
        }
        catch (error) {
            callback(error);
            return;
        }
        this.onBytes?.(chunk.length);
        const previous = this.held;
        this.held = chunk;
        callback(null, previous);
    }
    _flush(callback) {
        try {
            this.check.finish();
        }
        catch (error) {
            callback(error);
            return;
        }
        callback(null, this.held);
    }
}
/**
 * Borrowed chunks (each valid until the next is asked for) checked as they pass. The size is known,
 * so the last chunk is recognised by it and the whole body is verified before that chunk is handed
 * on: a consumer never receives a complete body whose digest is wrong.
 */
async function* verifiedChunks(chunks, expected, where) {
    const check = new BlobCheck(expected.digest, expected.size, where);
    for await (const chunk of chunks) {
        check.update(chunk);
        if (check.bytes === expected.size)
            check.finish();
        yield chunk;
    }
    check.finish();
}

;// CONCATENATED MODULE: ./packages/core/src/sign/statements.ts
/**
 * in-toto Statement v1 and the predicates this suite signs: cosign v3's own image signature,
 * SLSA provenance v1 from a GitHub Actions run, SBOMs, and any custom predicate.
 * Spec: https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md
 */



const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const SLSA_PROVENANCE_PREDICATE = 'https://slsa.dev/provenance/v1';
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
const CYCLONEDX_PREDICATE = 'https://cyclonedx.org/bom';
const SPDX_PREDICATE = 'https://spdx.dev/Document/v2.3';
function subject(name, digest) {
    if (name === '')
        throw new errors/* ArtefactsError */.E('INTERNAL', 'A statement subject needs a name.');
    return { name, digest: { sha256: media_digestHex(digest) } };
}
function statement(subjects, predicateType, predicate) {
    if (subjects.length === 0)
        throw new errors/* ArtefactsError */.E('INTERNAL', 'A statement needs at least one subject.');
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(predicateType)) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `The predicate type '${predicateType}' is not a URI.`, {
            hint: 'Predicate types are URIs such as https://slsa.dev/provenance/v1.',
        });
    }
    return { _type: STATEMENT_TYPE, subject: subjects, predicateType, predicate };
}
/** cosign v3's own image signature: a statement about the image digest with an empty predicate. */
function cosignSignStatement(imageName, digest) {
    return statement([subject(imageName, digest)], COSIGN_SIGN_PREDICATE, {});
}
/** Serialises a statement to the exact bytes that get signed. */
function statementBytes(value) {
    return Buffer.from(JSON.stringify(value), 'utf8');
}
/** Parses and checks the shape of a signed payload; the caller decides whether to trust it. */
function parseStatement(payload) {
    let value;
    try {
        value = JSON.parse(Buffer.from(payload).toString('utf8'));
    }
    catch {
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', 'The signed payload is not JSON, so not an in-toto statement.');
    }
    const s = value;
    if (s === null ||
        typeof s !== 'object' ||
        s._type !== STATEMENT_TYPE ||
        !Array.isArray(s.subject) ||
        typeof s.predicateType !== 'string') {
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `The signed payload is not an in-toto Statement v1 (_type ${JSON.stringify(s?._type)}).`);
    }
    for (const sub of s.subject) {
        if (typeof sub?.name !== 'string' || typeof sub.digest !== 'object' || sub.digest === null) {
            throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', 'The statement has a subject without a name or digest.');
        }
    }
    return { _type: STATEMENT_TYPE, subject: s.subject, predicateType: s.predicateType, predicate: s.predicate ?? {} };
}
function workflowFacts(env, claims = {}) {
    return {
        workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
        ...(typeof claims.job_workflow_ref === 'string' && claims.job_workflow_ref !== ''
            ? { jobWorkflowRef: claims.job_workflow_ref }
            : {}),
        repositoryId: env.GITHUB_REPOSITORY_ID ?? '',
        repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID ?? '',
        runnerEnvironment: env.RUNNER_ENVIRONMENT ?? '',
    };
}
/**
 * SLSA provenance v1 for a GitHub Actions run, in the shape GitHub's own attest-build-provenance
 * writes (build type https://actions.github.io/buildtypes/workflow/v1).
 */
function githubProvenancePredicate(context, facts) {
    const missing = [
        ['GITHUB_REPOSITORY', context.repository],
        ['GITHUB_SHA', context.sha],
        ['GITHUB_REF', context.ref],
        ['GITHUB_RUN_ID', context.runId],
        ['GITHUB_WORKFLOW_REF', facts.workflowRef],
    ].filter(([, v]) => v === '');
    if (missing.length > 0) {
        throw new errors/* ArtefactsError */.E('GITHUB_CONTEXT', `Cannot describe the build for provenance: ${missing.map(([k]) => k).join(', ')} not set.`, { hint: 'Provenance is generated inside a GitHub Actions run; outside one, give a predicate file instead.' });
    }
    // The run's facts come from the one builder promotion records use too (github/run-facts.ts).
    const run = runFacts(context, facts);
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: { ref: run.workflow.ref, repository: run.repositoryUrl, path: run.workflow.path },
            },
            internalParameters: {
                github: {
                    event_name: context.eventName,
                    repository_id: facts.repositoryId,
                    repository_owner_id: facts.repositoryOwnerId,
                    runner_environment: facts.runnerEnvironment,
                },
            },
            resolvedDependencies: [{ uri: `git+${run.repositoryUrl}@${run.ref}`, digest: { gitCommit: run.sha } }],
        },
        runDetails: {
            builder: { id: run.builderId },
            metadata: { invocationId: run.runUrl },
        },
    };
}
/** The predicate type for an SBOM document: CycloneDX or SPDX 2.3, recognised from its content. */
function sbomPredicateType(document) {
    const d = document;
    if (d && typeof d === 'object') {
        if (d.bomFormat === 'CycloneDX' && typeof d.specVersion === 'string')
            return CYCLONEDX_PREDICATE;
        if (typeof d.spdxVersion === 'string' && typeof d.SPDXID === 'string') {
            if (d.spdxVersion !== 'SPDX-2.3') {
                throw new errors/* ArtefactsError */.E('SBOM_FAILED', `Unsupported SPDX version ${d.spdxVersion} (expected SPDX-2.3).`);
            }
            return SPDX_PREDICATE;
        }
    }
    throw new errors/* ArtefactsError */.E('SBOM_FAILED', 'The SBOM is neither CycloneDX JSON (bomFormat + specVersion) nor SPDX 2.3 JSON (spdxVersion + SPDXID).');
}

;// CONCATENATED MODULE: ./packages/core/src/sign/bundle.ts
/**
 * Sigstore bundles v0.3, built with @sigstore/sign (one major, 5.x, for the whole suite):
 * a DSSE envelope around an in-toto statement (images, attestations) or a message signature
 * (a file's bytes, as `cosign sign-blob --bundle` writes). Key-based signing uses a signer object
 * of our own and no witnesses unless a transparency log is asked for; keyless uses Fulcio, and
 * Rekor and/or a timestamp authority as witnesses.
 *
 * @sigstore/sign is loaded only when a signature needs its network clients (Fulcio, Rekor, a TSA):
 * it brings an HTTP stack that costs a key-signing process more CPU to load than the rest of the
 * signature. Offline key signing takes the library builders' own two steps, sign the pre-encoded
 * artefact then package it with @sigstore/bundle's constructors, and gives the same bundle (a test
 * compares the two, field by field).
 */






const SIGSTORE_INSTANCES = {
    'public-good': {
        name: 'public-good',
        fulcioURL: 'https://fulcio.sigstore.dev',
        rekorURL: 'https://rekor.sigstore.dev',
    },
    github: { name: 'github', fulcioURL: 'https://fulcio.githubapp.com', tsaURL: 'https://timestamp.githubapp.com' },
};
const TIMEOUT_MS = 30_000;
const RETRY = { retries: 2 };
function keySigner(key) {
    return {
        sign: async (data) => ({
            // ECDSA P-256 over SHA-256, ASN.1 DER: what cosign writes and verifies.
            signature: (0,external_node_crypto_.sign)('sha256', data, key.privateKey),
            key: { $case: 'publicKey', publicKey: key.publicKeyPem, hint: key.hint },
        }),
    };
}
/** Rekor's v1 API (rekor.sigstore.dev). Rekor v2 (tiles) is not offered until it can be tested here. */
function rekorWitness(lib, url, entryType = 'dsse') {
    // DSSE envelopes go in as `dsse` entries by default (what cosign v3 writes), messages as `hashedrekord`.
    return new lib.RekorWitness({ rekorBaseURL: url, entryType, majorApiVersion: 1, timeout: TIMEOUT_MS, retry: RETRY });
}
/** A signature without a witness: a key, and no transparency log asked for. Nothing goes on the network. */
function offline(config) {
    return config.kind === 'key' && !config.rekorURL;
}
function signerAndWitnesses(lib, config) {
    if (config.kind === 'key') {
        const witnesses = [];
        if (config.rekorURL)
            witnesses.push(rekorWitness(lib, config.rekorURL, config.rekorEntryType));
        return { signer: keySigner(config.key), witnesses };
    }
    const { instance } = config;
    const signer = new lib.FulcioSigner({
        fulcioBaseURL: instance.fulcioURL,
        identityProvider: { getToken: config.identityToken },
        timeout: TIMEOUT_MS,
        retry: RETRY,
    });
    const witnesses = [];
    for (const url of instance.rekorURLs ?? (instance.rekorURL ? [instance.rekorURL] : [])) {
        witnesses.push(rekorWitness(lib, url, instance.rekorEntryType));
    }
    for (const url of instance.tsaURLs ?? (instance.tsaURL ? [instance.tsaURL] : [])) {
        witnesses.push(new lib.TSAWitness({ tsaBaseURL: url, timeout: TIMEOUT_MS, retry: RETRY }));
    }
    if (witnesses.length === 0) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `The Sigstore instance '${instance.name}' has neither a transparency log nor a timestamp authority.`, {
            hint: 'A keyless signature needs a Rekor or TSA timestamp to be verifiable after the certificate expires.',
        });
    }
    return { signer, witnesses };
}
/** A message-signature bundle as cosign v3 writes it: v0.3, the leaf certificate only (no chain). */
function messageBundle(data, signature) {
    return (0,dist.toMessageSignatureBundle)({
        digest: (0,external_node_crypto_.createHash)('sha256').update(data).digest(),
        signature: signature.signature,
        certificate: signature.key.$case === 'x509Certificate' ? pemToDer(signature.key.certificate) : undefined,
        keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
        certificateChain: false,
    });
}
/** A DSSE bundle, as @sigstore/sign's DSSE builder packages one (v0.3, leaf only). */
function dsseBundle(artifact, signature) {
    return (0,dist.toDSSEBundle)({
        artifact: artifact.data,
        artifactType: artifact.type,
        signature: signature.signature,
        certificate: signature.key.$case === 'x509Certificate' ? pemToDer(signature.key.certificate) : undefined,
        keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
        certificateChain: false,
    });
}
/**
 * Signs `signed` with the key and packages it, with no witness: what the library's builders do
 * when they are given none (empty transparency-log and timestamp lists).
 */
async function offlineBundle(key, signed, pack) {
    const bundle = pack(await keySigner(key).sign(signed));
    bundle.verificationMaterial.tlogEntries = [];
    bundle.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: [] };
    return bundle;
}
function pemToDer(pem) {
    return Buffer.from(pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
}
/** Which service a failure code of @sigstore/sign names, and that service's URLs in `config`. */
function failedService(code, config) {
    const instance = config.kind === 'keyless' ? config.instance : undefined;
    if (code.startsWith('TLOG_')) {
        const urls = instance ? (instance.rekorURLs ?? [instance.rekorURL]) : [config.kind === 'key' && config.rekorURL];
        return { what: 'the transparency log', urls: urls.filter((u) => typeof u === 'string') };
    }
    if (code.startsWith('TSA_') && instance) {
        const urls = instance.tsaURLs ?? (instance.tsaURL ? [instance.tsaURL] : []);
        return { what: 'the timestamp authority', urls };
    }
    if (code.startsWith('CA_') && instance)
        return { what: 'the certificate authority (Fulcio)', urls: [instance.fulcioURL] };
    return undefined;
}
/** The messages down an error's cause chain, each once (the network error that made a request fail). */
function causeChain(error) {
    const messages = [];
    for (let e = error, depth = 0; e !== undefined && e !== null && depth < 8; depth++) {
        const message = (0,errors/* describeError */.Uc)(e);
        if (message !== '' && !messages.includes(message))
            messages.push(message);
        e = e.cause;
    }
    return messages.join(': ');
}
async function create(builder, artifact, config) {
    try {
        return await builder.create(artifact);
    }
    catch (error) {
        if (error instanceof errors/* ArtefactsError */.E)
            throw error;
        throw await signingFailure(error, config);
    }
}
/**
 * A failure of @sigstore/sign, worded for the user. The library's own message can carry the identity
 * token ("invalid identity token: <token>"): a token problem is told by the library's reason alone,
 * and the token is taken out of any other message. The hint names what the signature needed as it
 * was asked for: a token given is never a missing `id-token: write`.
 */
async function signingFailure(error, config) {
    const raw = error.code;
    const code = typeof raw === 'string' ? raw : '';
    const token = config.kind === 'keyless' ? await config.identityToken().catch(() => undefined) : undefined;
    const cause = error.cause;
    const tokenProblem = code.startsWith('IDENTITY_TOKEN_');
    // @sigstore/sign puts the token itself in the message of a token it cannot parse: never shown.
    let reason = tokenProblem
        ? cause !== undefined
            ? `the identity token is not one Fulcio can use (${(0,errors/* describeError */.Uc)(cause)})`
            : 'the OIDC identity token could not be read or is not a JWT'
        : causeChain(error);
    if (token !== undefined && token !== '')
        reason = reason.split(token).join('***');
    const service = failedService(code, config);
    const at = service && service.urls.length > 0 ? `${service.what} ${service.urls.join(', ')}` : undefined;
    const message = `Signing failed${code ? ` (${code})` : ''}${at ? ` at ${at}` : ''}: ${reason}.`;
    const given = config.kind === 'keyless' ? config.tokenFrom : undefined;
    let hint;
    if (config.kind === 'key') {
        const log = at ? service.urls.join(', ') : 'the transparency log';
        hint = `Signing with a key needs no service but the transparency log (\`transparency-log\`): check that ${log} is reachable from here and is the Rekor you mean (from \`signing-config\` or \`sigstore-instance\`), or set transparency-log: false.`;
    }
    else if (tokenProblem && given !== undefined) {
        hint = `Give a token (\`${given}\`) that the CI issued for the audience "sigstore", whose claims name a subject (sub) or a verified email.`;
    }
    else if (at && !code.startsWith('CA_')) {
        hint = `Check that ${service.urls.join(', ')} is reachable from here and is ${service.what} of the Sigstore instance you sign with.`;
    }
    else if (given !== undefined) {
        hint = `Keyless signing with the token given (\`${given}\`) needs network access to the Sigstore instance (${config.instance.fulcioURL}), and the instance must accept the token.`;
    }
    else {
        hint = `Keyless signing needs \`permissions: id-token: write\` and network access to the Sigstore instance (${config.instance.fulcioURL}).`;
    }
    return new errors/* ArtefactsError */.E('SIGNATURE_INVALID', message, { cause: error, hint });
}
function describe(bundle, config) {
    const json = (0,dist.bundleToJSON)(bundle);
    return {
        bundle: json,
        signer: signerOf(bundle, config),
        transparencyLogIndex: bundle.verificationMaterial.tlogEntries[0]?.logIndex,
    };
}
function signerOf(bundle, config) {
    if (config.kind === 'key')
        return config.key.hint;
    const content = bundle.verificationMaterial.content;
    const raw = content.$case === 'certificate'
        ? content.certificate.rawBytes
        : content.$case === 'x509CertificateChain'
            ? content.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    return raw === undefined ? '' : certificateIdentity(Buffer.from(raw));
}
/** The subject alternative name of a Fulcio certificate (URI or e-mail). */
function certificateIdentity(der) {
    // Node's subjectAltName reads "URI:https://..., email:..."; Fulcio puts exactly one identity there.
    const san = new external_node_crypto_.X509Certificate(der).subjectAltName ?? '';
    const first = san.split(', ')[0] ?? '';
    return first.replace(/^(URI|email):/, '');
}
/** Signs an in-toto statement: a v0.3 bundle with a DSSE envelope. */
async function signStatement(statement, config) {
    const artifact = { data: statementBytes(statement), type: INTOTO_PAYLOAD_TYPE };
    if (offline(config)) {
        const pae = core_dist.dsse.preAuthEncoding(artifact.type, artifact.data);
        return describe(await offlineBundle(config.key, pae, (signature) => dsseBundle(artifact, signature)), config);
    }
    const lib = await __nccwpck_require__.e(/* import() */ 179).then(__nccwpck_require__.bind(__nccwpck_require__, 5179));
    const { signer, witnesses } = signerAndWitnesses(lib, config);
    const builder = new lib.DSSEBundleBuilder({ signer, witnesses, certificateChain: false });
    return describe(await create(builder, artifact, config), config);
}
/** Signs bytes (a file): a v0.3 message-signature bundle, as `cosign sign-blob --bundle` writes. */
async function signMessage(data, config) {
    if (offline(config)) {
        return describe(await offlineBundle(config.key, data, (signature) => messageBundle(data, signature)), config);
    }
    const lib = await __nccwpck_require__.e(/* import() */ 179).then(__nccwpck_require__.bind(__nccwpck_require__, 5179));
    const { signer, witnesses } = signerAndWitnesses(lib, config);
    // The library's message builder writes v0.2 bundles (certificate chain); cosign v3 writes v0.3 (leaf only).
    class MessageSignatureV03Builder extends lib.MessageSignatureBundleBuilder {
        package(artifact, signature) {
            return Promise.resolve(messageBundle(artifact.data, signature));
        }
    }
    return describe(await create(new MessageSignatureV03Builder({ signer, witnesses }), { data }, config), config);
}
/** Fields the verifier reads that the bundle library's own checks leave unchecked. */
function unreadFields(bundle) {
    const invalid = [];
    bundle.verificationMaterial.tlogEntries.forEach((entry, i) => {
        const at = `verificationMaterial.tlogEntries[${i}]`;
        if (!entry.logId?.keyId?.length)
            invalid.push(`${at}.logId.keyId`);
        if (!entry.canonicalizedBody?.length)
            invalid.push(`${at}.canonicalizedBody`);
        if (entry.inclusionProof) {
            if (!entry.inclusionProof.checkpoint?.envelope)
                invalid.push(`${at}.inclusionProof.checkpoint.envelope`);
            if (!entry.inclusionProof.rootHash?.length)
                invalid.push(`${at}.inclusionProof.rootHash`);
        }
        if (entry.inclusionPromise && !entry.inclusionPromise.signedEntryTimestamp?.length) {
            invalid.push(`${at}.inclusionPromise.signedEntryTimestamp`);
        }
    });
    bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.forEach((t, i) => {
        if (!t.signedTimestamp?.length) {
            invalid.push(`verificationMaterial.timestampVerificationData.rfc3161Timestamps[${i}].signedTimestamp`);
        }
    });
    return invalid;
}
/**
 * Parses a bundle (JSON text or object) and checks its shape for its version (v0.1 needs inclusion
 * promises; v0.2 and later inclusion proofs with checkpoints; v0.3 a single certificate, no chain).
 * A malformed bundle is VERIFICATION_FAILED naming the fields at fault.
 */
function bundle_parseBundle(json) {
    let value;
    try {
        value = typeof json === 'string' || Buffer.isBuffer(json) ? JSON.parse(String(json)) : json;
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `Not a Sigstore bundle: not JSON (${(0,errors/* describeError */.Uc)(error)}).`);
    }
    let bundle;
    try {
        bundle = (0,dist.bundleFromJSON)(value);
        if (bundle.mediaType === dist.BUNDLE_V01_MEDIA_TYPE)
            (0,dist.assertBundleV01)(bundle);
        else if (bundle.mediaType === dist.BUNDLE_V02_MEDIA_TYPE)
            (0,dist.assertBundleV02)(bundle);
        else
            (0,dist.assertBundleLatest)(bundle);
    }
    catch (error) {
        const fields = error instanceof dist.ValidationError ? error.fields : [];
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', fields.length > 0
            ? `Malformed Sigstore bundle: ${fields.join(', ')} missing or invalid.`
            : `Not a Sigstore bundle: ${(0,errors/* describeError */.Uc)(error)}.`);
    }
    const invalid = unreadFields(bundle);
    if (invalid.length > 0) {
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `Malformed Sigstore bundle: ${invalid.join(', ')} missing or empty.`);
    }
    return bundle;
}
/** Canonical JSON text of a bundle, as written to `<file>.sigstore.json` and to registry layers. */
function bundleText(bundle) {
    return JSON.stringify(bundle);
}

;// CONCATENATED MODULE: ./packages/core/src/order.ts
/**
 * The one text order for everything the suite sorts: code units, locale-independent, so signed
 * statements, documents and reports never depend on the machine's locale (`localeCompare` orders
 * `-`, `_` and case by the locale's collation, and its first call loads ICU's collator, about
 * 10 ms of a short run).
 */
function order_compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./packages/core/src/sign/files.ts
/**
 * Non-image subjects: files matched by globs, and the entries of checksums files (SHA256SUMS as
 * `sha256sum` writes it, or the BSD `SHA256 (name) = hex` form). Each local file can get a
 * message-signature bundle beside it, `<file>.sigstore.json`, which `cosign verify-blob --bundle`
 * and `artefacts verify` read.
 */










const BUNDLE_SUFFIX = '.sigstore.json';
function toSubjects(files) {
    return files.map((f) => subject(f.name, f.digest));
}
async function sha256File(path, origin) {
    try {
        return (await digestFile(path)).digest;
    }
    catch (error) {
        throw paths_originError(origin, 'readable files', error, () => new errors/* ArtefactsError */.E('IO_FAILED', `Cannot read ${path}: ${(0,errors/* describeError */.Uc)(error)}.`));
    }
}
/**
 * Files matching the globs (relative to cwd, the workspace), sorted, bundles excluded; a glob
 * matching nothing is an error, and so is a match outside the workspace (symbolic links followed)
 * unless `input` is in `allowOutside`.
 */
async function fileSubjects(cwd, patterns, input = 'files', allowOutside) {
    const ws = workspace(cwd, allowOutside);
    const found = new Map();
    for (const pattern of patterns) {
        let matched = 0;
        for (const path of await workspaceGlob(ws, input, pattern)) {
            const stat = await promises_.stat(path).catch(() => undefined);
            if (!stat?.isFile() || path.endsWith(BUNDLE_SUFFIX))
                continue;
            matched++;
            if (!found.has(path))
                found.set(path, { name: displayName(cwd, path), origin: { root: cwd, input, given: pattern } });
        }
        if (matched === 0)
            throw (0,errors/* inputError */.Xu)(input, pattern, 'a glob matching at least one file (relative to the workspace)');
    }
    const out = [];
    for (const [path, { name, origin }] of [...found].sort((a, b) => order_compareText(a[1].name, b[1].name))) {
        out.push({ name, digest: await sha256File(path, origin), path, origin });
    }
    return out;
}
function displayName(cwd, path) {
    const rel = (0,external_node_path_.relative)(cwd, path);
    return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? path : rel.split(external_node_path_.sep).join('/');
}
/** Parses `sha256sum` output (`<hex>  name`, `<hex> *name`, `\`-escaped names) or BSD `SHA256 (name) = <hex>`. */
function parseChecksums(text, source) {
    const entries = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((line, index) => {
        if (line.trim() === '')
            return;
        let escaped = false;
        let body = line;
        if (body.startsWith('\\')) {
            escaped = true;
            body = body.slice(1);
        }
        const gnu = /^([a-fA-F0-9]{64}) [ *](.+)$/.exec(body);
        const bsd = /^SHA256 \((.+)\) = ([a-fA-F0-9]{64})$/.exec(body);
        let name;
        let hex;
        if (gnu)
            [, hex = '', name = ''] = gnu;
        else if (bsd)
            [, name = '', hex = ''] = bsd;
        else {
            throw new errors/* ArtefactsError */.E('INPUT_INVALID', `${source} line ${index + 1} is not a SHA-256 checksum line: ${JSON.stringify(line.slice(0, 120))}.`, { hint: 'Expected `sha256sum` output (<64 hex>  <name>) or `SHA256 (<name>) = <64 hex>`.' });
        }
        if (escaped)
            name = name.replace(/\\(\\|n)/g, (_m, c) => (c === 'n' ? '\n' : '\\'));
        entries.push({ name, digest: `sha256:${hex.toLowerCase()}` });
    });
    if (entries.length === 0)
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `${source} lists no checksums.`);
    return entries;
}
/**
 * Subjects from checksums files. Where a listed file exists beside the checksums file, its digest
 * is checked (a mismatch is an error, never silently signed) and its path kept.
 */
async function checksumSubjects(cwd, paths, input = 'checksums', allowOutside) {
    const ws = workspace(cwd, allowOutside);
    const out = [];
    for (const p of paths) {
        const path = paths_inWorkspace(ws, input, p);
        const origin = { root: cwd, input, given: p };
        let text;
        try {
            text = await promises_.readFile(path, 'utf8');
        }
        catch (error) {
            throw paths_originError(origin, 'a readable checksums file', error, () => (0,errors/* inputError */.Xu)(input, p, `a readable checksums file (${(0,errors/* describeError */.Uc)(error)})`));
        }
        for (const entry of parseChecksums(text, p)) {
            // A listed name is read only where it stays in the workspace (`../../etc/passwd` is refused).
            const local = insideWorkspace(ws, input, (0,external_node_path_.join)(path, '..', entry.name));
            const stat = await promises_.stat(local).catch(() => undefined);
            if (stat?.isFile()) {
                const actual = await sha256File(local, origin);
                if (actual !== entry.digest) {
                    throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${p} says ${entry.name} is ${entry.digest}, but the file is ${actual}.`);
                }
                out.push({ name: entry.name, digest: entry.digest, path: local, origin });
            }
            else {
                out.push({ name: entry.name, digest: entry.digest });
            }
        }
    }
    return out;
}
/**
 * Signs each local file (a v0.3 message-signature bundle), in memory: nothing is written, so a
 * failure on any file (it changed, the signing service refused) leaves every bundle as it was.
 */
async function signFileBundles(files, config) {
    const out = [];
    for (const file of files) {
        if (!file.path)
            continue;
        let data;
        try {
            data = await promises_.readFile(file.path);
        }
        catch (error) {
            throw paths_originError(file.origin, 'readable files', error, () => error);
        }
        const actual = media_sha256(data);
        if (actual !== file.digest) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${file.name} changed while being signed (${file.digest} → ${actual}).`);
        }
        const signed = await signMessage(data, config);
        out.push({
            path: file.path,
            digest: file.digest,
            bundlePath: `${file.path}${BUNDLE_SUFFIX}`,
            bundle: `${bundleText(signed.bundle)}\n`,
            origin: file.origin,
            signer: signed.signer,
            transparencyLogIndex: signed.transparencyLogIndex,
        });
    }
    return out;
}
/**
 * A bundle file that could not be written, as the error of the input that named its file
 * (`expected` says what that input's files had to allow), else IO_FAILED naming the bundle.
 */
function bundleWriteFailure(origin, expected, bundlePath) {
    return (error, { at }) => paths_originError(origin, expected, error, () => new errors/* ArtefactsError */.E('IO_FAILED', `Cannot write ${bundlePath}: ${(0,errors/* describeError */.Uc)(error)}.`), at);
}
/** What a file's bundle needs of the directory it is in, as an input's files are expected to allow. */
const BESIDE_FILES = `files beside which a bundle (<file>${BUNDLE_SUFFIX}) can be written`;
/**
 * Writes `<file>.sigstore.json` (a v0.3 message-signature bundle) beside each local file: every one
 * signed first, then all written together or none ({@link writeFilesTogether}).
 */
async function signFiles(files, config) {
    const signed = await signFileBundles(files, config);
    const byPath = new Map(signed.map((f) => [f.bundlePath, f]));
    await writeFilesTogether(signed.map((f) => ({ path: f.bundlePath, content: f.bundle })), (error, where) => {
        const f = byPath.get(where.file.path);
        return bundleWriteFailure(f.origin, BESIDE_FILES, f.bundlePath)(error, where);
    });
    return signed.map(({ path, digest, bundlePath, signer, transparencyLogIndex }) => ({
        path,
        digest,
        bundlePath,
        signer,
        transparencyLogIndex,
    }));
}
/**
 * Verifies the bundle of a file (by default `<file>.sigstore.json` beside it) or of a digest
 * (`sha256:<hex>`; the bundle path is then required): a message signature or a DSSE statement.
 * No bundle is no signature (VERIFICATION_FAILED); one that cannot be read (permission denied, a
 * directory) is the fault of the input `bundleOrigin` names, where one does.
 */
async function verifySubject(subject, policy, bundlePath, bundleOrigin) {
    const what = 'path' in subject ? subject.path : subject.digest;
    const where = bundlePath ?? ('path' in subject ? `${subject.path}${BUNDLE_SUFFIX}` : undefined);
    if (where === undefined) {
        throw new ArtefactsError('INTERNAL', `No bundle path for ${what}: a digest has no file to find one beside.`);
    }
    let bundle;
    try {
        bundle = await fs.readFile(where, 'utf8');
    }
    catch (error) {
        const noSignature = () => new ArtefactsError('VERIFICATION_FAILED', `No signature for ${what}: cannot read ${where} (${describeError(error)}).`, {
            hint: 'Sign it first, or give the bundle’s path (`bundle`) when it is not stored beside the file.',
        });
        if (error.code === 'ENOENT') {
            // A bundle named by the `bundle` input that is not there is that input's fault, not a missing signature.
            if (bundleOrigin?.input === 'bundle') {
                throw inputError('bundle', bundleOrigin.given, `the path of the Sigstore bundle of ${what}, but no such file exists`, 'Give the bundle signing wrote (sign writes <file>.sigstore.json beside each file), or leave `bundle` empty to use the one beside each file.');
            }
            throw noSignature();
        }
        const expected = bundleOrigin?.input === 'bundle'
            ? 'a readable bundle file'
            : `files whose bundle (<file>${BUNDLE_SUFFIX}) can be read`;
        throw originError(bundleOrigin, expected, error, noSignature);
    }
    if ('digest' in subject)
        return verifyArtifactBundle(what, bundle, { digest: subject.digest }, policy);
    let data;
    try {
        data = await fs.readFile(subject.path);
    }
    catch (error) {
        throw new ArtefactsError('IO_FAILED', `Cannot read ${subject.path}: ${describeError(error)}.`);
    }
    return verifyArtifactBundle(what, bundle, data, policy);
}
/** Verifies `<file>.sigstore.json` beside each file (or the bundle path given); returns the signer. */
async function verifyFile(path, policy, bundlePath = `${path}${BUNDLE_SUFFIX}`) {
    return (await verifySubject({ path }, policy, bundlePath)).signer;
}

;// CONCATENATED MODULE: ./packages/core/src/sign/github-attestations.ts

async function uploadAttestation(api, bundle, mode, logger) {
    const skip = (why) => {
        if (mode === 'auto')
            logger.notice(`Not stored with GitHub's attestations API: ${why}.`);
        return { uploaded: false, id: undefined, skipped: why };
    };
    if (mode === 'never')
        return { uploaded: false, id: undefined, skipped: 'disabled' };
    if (!api)
        return skip('no GitHub repository or token in this environment');
    if (bundle.verificationMaterial.publicKey)
        return skip('the bundle is key-based; GitHub stores keyless (certificate) bundles');
    try {
        const response = await api.request('POST', api.repoPath('/attestations'), {
            body: { bundle },
            permission: 'attestations: write',
            what: 'store the attestation',
        });
        return { uploaded: true, id: response.data?.id, skipped: undefined };
    }
    catch (error) {
        if (mode === 'auto' && error instanceof GitHubApiError && [403, 404, 422].includes(error.status)) {
            return skip(`${error.message}`);
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/concurrency.ts
/**
 * Bounded concurrency: a worker pool over a list, and a semaphore for the part of a task that must
 * stay bounded (bytes on the wire) while the cheap requests around it need not wait their turn.
 */
/**
 * Runs `fn` over `items` with at most `limit` at once, and returns the results in item order. After
 * the first failure no new item starts; the ones running finish, then that first error is thrown.
 */
async function mapPool(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed;
    const worker = async () => {
        while (failed === undefined && next < items.length) {
            const i = next++;
            try {
                results[i] = await fn(items[i]);
            }
            catch (error) {
                failed ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failed !== undefined)
        throw failed.error;
    return results;
}
/**
 * Starts `fn` for every item in this one turn of the event loop (none waits for another: manifests
 * pushed together meet in one merge of a fallback index), waits until all have ended, and returns
 * the results in item order; if any failed, the failure of the first such item is thrown.
 */
async function allAtOnce(items, fn) {
    const settled = await Promise.allSettled(items.map(fn));
    return settled.map((s) => {
        if (s.status === 'rejected')
            throw s.reason;
        return s.value;
    });
}
/** A counting semaphore; a freed slot goes to the waiter of highest priority, the earliest among equals. */
class Semaphore {
    free;
    waiting = [];
    constructor(free) {
        this.free = free;
    }
    acquire(priority = 0) {
        if (this.free > 0) {
            this.free--;
            return Promise.resolve();
        }
        return new Promise((grant) => {
            const at = this.waiting.findIndex((w) => w.priority < priority);
            this.waiting.splice(at < 0 ? this.waiting.length : at, 0, { priority, grant });
        });
    }
    release() {
        const next = this.waiting.shift();
        if (next !== undefined)
            next.grant();
        else
            this.free++;
    }
}

;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./packages/core/src/oci/layout-directory.ts
/**
 * The directory of an OCI image layout, as LayoutStore checks it before it reads or writes: what is
 * there (a layout, nothing yet, a file), the symbolic links beneath it (see LayoutAccess), the errors
 * of the file system about it in words that name the input, and the temporary files a killed writer
 * left in it. Its own module: the store itself is about blobs, manifests and the index.
 */




/**
 * A temporary file (a blob being staged, an index.json being replaced) untouched for this long was left
 * by a writer that stopped without cleaning up (killed, or its machine lost): the next writer removes
 * it. A live writer touches its file with every chunk, so a day leaves every real write alone.
 */
const ABANDONED_TEMP_MS = 24 * 60 * 60 * 1000;
/** The names of the layout's temporary files: `.tmp-<hex>` in blobs/sha256, `<file>.tmp-<hex>` beside index.json. */
const TEMP_NAME = /(^|\.json|oci-layout)\.tmp-[0-9a-f]+$/;
/** What a layout directory is, as every refusal of one says it. */
const EXPECTED_LAYOUT = 'expected an OCI image layout directory (oci-layout, index.json, blobs/), as pack, promote, skopeo or crane write one';
/**
 * What an error of the file system says about the path it met, in words (the raw message names a
 * syscall and a path, not what is wrong with the input): the code each gets, and the words.
 */
const PATH_ERRORS = {
    ENOTDIR: { code: 'LAYOUT_INVALID', says: 'a part of the path is a file, not a directory' },
    EISDIR: { code: 'LAYOUT_INVALID', says: 'a directory stands where the layout keeps a file' },
    ENAMETOOLONG: { code: 'LAYOUT_INVALID', says: 'the path is too long for the file system' },
    ELOOP: { code: 'LAYOUT_INVALID', says: 'too many levels of symbolic links' },
    EACCES: { code: 'IO_FAILED', says: 'permission denied' },
    EPERM: { code: 'IO_FAILED', says: 'operation not permitted' },
};
/** Flags that open a file for reading without following a symbolic link at its last component. */
const READ_NO_LINK = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW;
/** The checks of one layout directory, each made once per store. */
class LayoutDirectory {
    dir;
    location;
    access;
    follow;
    /** How the layout's files are opened for reading: without following a link, unless links are followed. */
    readFlags;
    /** Set once the store's init has made the directory a layout: it is one from then on. */
    initialised = false;
    dirsChecked;
    shapeChecked;
    layoutChecked;
    constructor(dir, location, access) {
        this.dir = dir;
        this.location = location;
        this.access = access;
        this.follow = access.follow === true;
        this.readFlags = this.follow ? 'r' : READ_NO_LINK;
    }
    /**
     * A message about the directory: the input that named it (when the opener said), the directory
     * (a very long one cut short), then `text`.
     */
    named(text) {
        const shown = this.location.length > 200 ? `${this.location.slice(0, 200)}…` : this.location;
        return `${this.access.input === undefined ? '' : `Input '${this.access.input}': `}${shown}: ${text}`;
    }
    /** What the directory must be, as a refusal says it: a layout, or for a destination where one is to be. */
    expected() {
        return this.access.create === true
            ? 'expected a directory to write an OCI image layout into (or no such path yet: it is created)'
            : EXPECTED_LAYOUT;
    }
    /**
     * The directory itself, checked once before the store's first read or write: a directory, or
     * nothing yet (answers whether it is there); never a file (whose `index.json` would be a raw
     * ENOTDIR) nor a path the file system cannot hold. The directory may be a link (paths.ts checked
     * where it leads): only the files beneath it are the layout's own.
     */
    shape() {
        this.shapeChecked ??= (async () => {
            let info;
            try {
                info = await (0,promises_.stat)(this.dir);
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    return false;
                throw this.wrap(error, 'opening the directory');
            }
            if (!info.isDirectory()) {
                throw new errors/* ArtefactsError */.E('LAYOUT_INVALID', this.named(`a file, not a directory; ${this.expected()}.`));
            }
            return true;
        })();
        return this.shapeChecked;
    }
    /**
     * Before a read: the directory is a layout (oci-layout and index.json there), unless the store was
     * opened to create it or has written it. A missing directory is REGISTRY_NOT_FOUND, as a missing
     * repository is; a directory that is not a layout LAYOUT_INVALID: neither reads as an empty one.
     */
    async readable() {
        const there = await this.shape();
        if (this.access.create === true || this.initialised)
            return;
        this.layoutChecked ??= (async () => {
            if (!there) {
                throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', this.named(`no such directory; ${EXPECTED_LAYOUT}.`), {
                    hint: 'Check the path for a typo. Only a command that writes a layout (pack, promote) creates one.',
                });
            }
            for (const name of ['oci-layout', 'index.json']) {
                const info = await this.noLink(external_node_path_default().join(this.dir, name));
                if (info === undefined || !info.isFile()) {
                    throw new errors/* ArtefactsError */.E('LAYOUT_INVALID', this.named(`no OCI image layout there (${info === undefined ? `no ${name} file` : `${name} is not a file`}); ${EXPECTED_LAYOUT}.`));
                }
            }
        })();
        await this.layoutChecked;
    }
    refused(file) {
        return (this.access.refuse?.(file) ??
            new errors/* ArtefactsError */.E('PATH_UNSAFE', `${this.location}: ${file} is a symbolic link; no file of a layout may be one (it could lead outside the workspace).`));
    }
    /** Throws the refusal where an open that follows no link met one (ELOOP under O_NOFOLLOW). */
    refuseLinkOpened(error, file) {
        if (!this.follow && error.code === 'ELOOP')
            throw this.refused(file);
    }
    /** Refuses `file` when it is a symbolic link (unless links are followed); answers its lstat, undefined when absent. */
    async noLink(file) {
        let info;
        try {
            info = await (this.follow ? promises_.stat : promises_.lstat)(file);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw this.wrap(error, `checking ${external_node_path_default().relative(this.dir, file)}`);
        }
        if (info.isSymbolicLink())
            throw this.refused(file);
        return info;
    }
    /** blobs/ and blobs/sha256/ are no links (or absent), checked once per store before any blob is touched. */
    blobDirs() {
        this.dirsChecked ??= (async () => {
            await this.shape();
            if (this.follow)
                return;
            await this.noLink(external_node_path_default().join(this.dir, 'blobs'));
            await this.noLink(external_node_path_default().join(this.dir, 'blobs', 'sha256'));
        })();
        return this.dirsChecked;
    }
    /**
     * An error of the file system while `doing` something, as an ArtefactsError: one that says what is
     * wrong with the path (a file where a directory must be, a name too long, no permission) names the
     * input and says so in words; any other keeps its own message.
     */
    wrap(error, doing) {
        if (error instanceof errors/* ArtefactsError */.E)
            return error;
        const known = PATH_ERRORS[error.code ?? ''];
        if (known !== undefined) {
            return new errors/* ArtefactsError */.E(known.code, this.named(`${doing}: ${known.says}; ${this.expected()}.`), {
                cause: error,
            });
        }
        return new errors/* ArtefactsError */.E('IO_FAILED', `${this.location}: ${doing}: ${(0,errors/* describeError */.Uc)(error)}`, { cause: error });
    }
}
/**
 * Removes the temporary files writers left behind (see ABANDONED_TEMP_MS), once per store, before its
 * first write. Never fails a write: a file another writer removed first, or one that cannot be
 * removed, is left to it.
 */
async function sweepAbandoned(layoutDir) {
    const before = Date.now() - ABANDONED_TEMP_MS;
    for (const dir of [layoutDir, external_node_path_default().join(layoutDir, 'blobs', 'sha256')]) {
        const names = await (0,promises_.readdir)(dir).catch(() => []);
        for (const name of names) {
            if (!TEMP_NAME.test(name))
                continue;
            const file = external_node_path_default().join(dir, name);
            // lstat: only a file of its own is a temporary file; a link's age would be its target's.
            const info = await (0,promises_.lstat)(file).catch(() => undefined);
            if (info?.isFile() === true && info.mtimeMs < before)
                await (0,promises_.unlink)(file).catch(() => undefined);
        }
    }
}

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
function references_isDigest(value) {
    return DIGEST.test(value);
}
function isTag(value) {
    return TAG.test(value);
}
/** Checks a digest string, naming it when wrong. */
function checkDigest(value, what = 'digest') {
    if (!DIGEST.test(value)) {
        throw new errors/* ArtefactsError */.E('REFERENCE_INVALID', `Invalid ${what} ${JSON.stringify(value.slice(0, 100))}: expected sha256:<64 lowercase hex>.`);
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
        if (error instanceof errors/* ArtefactsError */.E) {
            throw (0,errors/* inputError */.Xu)(input, value, 'an image reference ([registry/]repository[:tag][@sha256:…]) or oci:<dir>[:tag|@sha256:…]', error.message);
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/oci/store.ts
/**
 * One interface over a registry repository and an OCI image layout directory, so promote, sign,
 * verify and sbom work the same online and offline.
 */


/**
 * A blob's verified bytes for a reader that looks at each chunk once: the store's borrowed chunks
 * where it has them (an OCI layout), else its getBlob stream (whose chunks are the reader's to keep).
 */
async function* blobChunks(store, descriptor) {
    if (store.blobChunks !== undefined) {
        yield* store.blobChunks(descriptor);
        return;
    }
    for await (const chunk of await store.getBlob(descriptor))
        yield chunk;
}
/**
 * What a copy uploads from `store`: its lent chunks where it lends them (an OCI layout reads into two
 * reused buffers), else its getBlob stream; verified against `descriptor` either way.
 */
async function store_blobBody(store, descriptor) {
    if (store.blobChunks === undefined)
        return store.getBlob(descriptor);
    return { chunks: store.blobChunks(descriptor), verified: { digest: descriptor.digest, size: descriptor.size } };
}
/**
 * Lent chunks checked against `descriptor` (see verifiedChunks): as they are when they were verified
 * against exactly it already, else hashed as they pass.
 */
function verifiedLent(body, descriptor, where) {
    if (body.verified !== undefined && checksBlob(body.verified, descriptor))
        return body.chunks;
    return verifiedChunks(body.chunks, descriptor, where);
}
/** Lent chunks as a stream of copies, for a consumer that keeps what it reads. */
function keptChunks(chunks) {
    return external_node_stream_.Readable.from((async function* () {
        for await (const chunk of chunks)
            yield Buffer.from(chunk);
    })(), { objectMode: false });
}

;// CONCATENATED MODULE: ./packages/core/src/oci/layout.ts
/**
 * An OCI image layout directory as an ArtifactStore: `oci-layout`, `index.json` (tags as
 * `org.opencontainers.image.ref.name` annotations) and `blobs/sha256/<hex>`. Blobs are written to
 * a temporary file, verified, then renamed; index.json is replaced atomically. Nothing is ever
 * half-written; the temporary files of a killed writer are removed by a later one (ABANDONED_TEMP_MS).
 * Referrers are manifests with a `subject` listed in index.json (found by scanning), plus any
 * `sha256-<hex>` fallback-tag index another tool left there. The directory's own checks (what is
 * there, links beneath it, errors in words) are layout-directory.ts's.
 *
 * No symbolic link among the layout's own files is followed (see LayoutAccess), unless the store is
 * opened to follow them: the directory's workspace check cannot see where a link beneath it leads.
 *
 * Only a store opened to create its layout (a destination: pack, promote) reads one that is not there
 * yet as empty; any other refuses to read where no layout is (no directory, no oci-layout or no
 * index.json), so a mistyped directory is never taken for an empty repository. Every store writes
 * its layout into being on its first write.
 */












const REF_NAME = 'org.opencontainers.image.ref.name';

class LayoutStore {
    dir;
    location;
    mountScope;
    indexLock = Promise.resolve();
    swept;
    /** The directory's own checks: what it is, links beneath it, its errors in words. */
    checks;
    constructor(dir, access = {}) {
        this.dir = dir;
        this.location = `oci:${dir}`;
        this.mountScope = { kind: 'layout', dir };
        this.checks = new LayoutDirectory(dir, this.location, access);
    }
    /** A blob's file, once the directories above it are known to lead nowhere else. */
    async blobFile(digest) {
        checkDigest(digest);
        await this.checks.blobDirs();
        return external_node_path_default().join(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    /** Creates the layout skeleton when absent (idempotent). */
    async init() {
        // Checked before the mkdir: a recursive mkdir through a linked blobs/ would create directories wherever it leads.
        await this.checks.blobDirs();
        await (0,promises_.mkdir)(external_node_path_default().join(this.dir, 'blobs', 'sha256'), { recursive: true }).catch((error) => {
            throw this.checks.wrap(error, 'creating blobs/sha256');
        });
        const marker = external_node_path_default().join(this.dir, 'oci-layout');
        try {
            const text = await (0,promises_.readFile)(marker, { encoding: 'utf8', flag: this.checks.readFlags });
            const parsed = JSON.parse(text);
            if (parsed.imageLayoutVersion !== '1.0.0') {
                throw new errors/* ArtefactsError */.E('LAYOUT_INVALID', this.checks.named(`oci-layout has version ${JSON.stringify(parsed.imageLayoutVersion)}, expected 1.0.0.`));
            }
        }
        catch (error) {
            this.checks.refuseLinkOpened(error, marker);
            if (error.code !== 'ENOENT')
                throw this.checks.wrap(error, 'reading oci-layout');
            await this.atomicWrite(marker, Buffer.from('{"imageLayoutVersion":"1.0.0"}'));
        }
        if ((await this.checks.noLink(external_node_path_default().join(this.dir, 'index.json'))) === undefined) {
            await this.atomicWrite(external_node_path_default().join(this.dir, 'index.json'), Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: media_MEDIA.ociIndex, manifests: [] })));
        }
        this.swept ??= sweepAbandoned(this.dir);
        await this.swept;
        this.checks.initialised = true;
    }
    /**
     * Writes `file` whole or not at all: `write` fills a temporary file beside it (named `tmp`), which
     * is then renamed over it; on any failure the temporary file is removed.
     */
    async replaceFile(file, tmp, write, doing = `writing ${external_node_path_default().basename(file)}`) {
        try {
            await write(tmp);
            await (0,promises_.rename)(tmp, file);
        }
        catch (error) {
            await (0,promises_.unlink)(tmp).catch(() => undefined);
            throw this.checks.wrap(error, doing);
        }
    }
    /** `wx`: the temporary file is always a new one, never a file or link already at its name. */
    atomicWrite(file, bytes) {
        return this.replaceFile(file, `${file}.tmp-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`, (tmp) => (0,promises_.writeFile)(tmp, bytes, { flag: 'wx' }));
    }
    /**
     * The index, or undefined where the directory is not (yet) a layout: nothing tagged, nothing
     * referring. Only for a store opened to create its layout: any other refuses first (readable).
     */
    async indexIfAny() {
        await this.checks.readable();
        try {
            return await this.readIndex();
        }
        catch (error) {
            if (error instanceof errors/* ArtefactsError */.E && error.code === 'REGISTRY_NOT_FOUND')
                return undefined;
            throw error;
        }
    }
    async readIndex() {
        await this.checks.readable();
        let text;
        const file = external_node_path_default().join(this.dir, 'index.json');
        try {
            text = await (0,promises_.readFile)(file, { encoding: 'utf8', flag: this.checks.readFlags });
        }
        catch (error) {
            this.checks.refuseLinkOpened(error, file);
            if (error.code === 'ENOENT') {
                throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `${this.location}: no index.json; not an OCI image layout.`, {
                    hint: 'Point at a directory holding oci-layout, index.json and blobs/.',
                });
            }
            throw this.checks.wrap(error, 'reading index.json');
        }
        try {
            const parsed = JSON.parse(text);
            if (!Array.isArray(parsed.manifests))
                throw new Error('no manifests array');
            return parsed;
        }
        catch (error) {
            throw new errors/* ArtefactsError */.E('LAYOUT_INVALID', this.checks.named(`index.json is not a valid index: ${(0,errors/* describeError */.Uc)(error)}`));
        }
    }
    /** Serialised read-modify-write of index.json, replaced atomically. */
    async updateIndex(change) {
        const run = this.indexLock
            .catch(() => undefined)
            .then(async () => {
            await this.init();
            const index = await this.readIndex();
            const next = change([...index.manifests]);
            if (next === undefined)
                return;
            const out = { ...index, schemaVersion: 2, mediaType: media_MEDIA.ociIndex, manifests: next };
            await this.atomicWrite(external_node_path_default().join(this.dir, 'index.json'), Buffer.from(JSON.stringify(out, null, 2)));
        });
        this.indexLock = run;
        await run;
    }
    async resolve(reference) {
        if (references_isDigest(reference)) {
            await this.checks.readable();
            if ((await this.hasBlob(reference)) === undefined)
                return undefined;
            const manifest = await this.getManifest(reference);
            return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
        }
        if (!isTag(reference)) {
            throw new errors/* ArtefactsError */.E('REFERENCE_INVALID', `${JSON.stringify(reference.slice(0, 200))} is neither a tag nor a sha256 digest.`);
        }
        const index = await this.indexIfAny();
        if (index === undefined)
            return undefined;
        const entry = [...index.manifests].reverse().find((d) => d.annotations?.[REF_NAME] === reference);
        if (entry === undefined)
            return undefined;
        return { mediaType: entry.mediaType, digest: entry.digest, size: entry.size };
    }
    async getManifest(reference) {
        const what = `reading manifest ${this.location}${references_isDigest(reference) ? '@' : ':'}${reference}`;
        await this.checks.readable();
        const digest = references_isDigest(reference) ? reference : (await this.resolve(reference))?.digest;
        if (digest === undefined)
            throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `${what}: no such tag.`);
        let bytes;
        const file = await this.blobFile(digest);
        try {
            bytes = await (0,promises_.readFile)(file, { flag: this.checks.readFlags });
        }
        catch (error) {
            this.checks.refuseLinkOpened(error, file);
            if (error.code === 'ENOENT')
                throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `${what}: blob missing.`);
            throw this.checks.wrap(error, what);
        }
        if (media_sha256(bytes) !== digest) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: the stored bytes hash to ${media_sha256(bytes)}; the layout is corrupt.`);
        }
        return parseManifest(bytes, what);
    }
    async putManifest(manifest, options = {}) {
        if (options.tag !== undefined && !isTag(options.tag)) {
            throw new errors/* ArtefactsError */.E('REFERENCE_INVALID', `Tag ${JSON.stringify(options.tag.slice(0, 200))} is not a valid tag.`);
        }
        if (media_sha256(manifest.bytes) !== manifest.digest) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${this.location}: manifest bytes do not hash to ${manifest.digest}.`);
        }
        await this.init();
        await this.putBlob({ digest: manifest.digest, size: manifest.bytes.length }, manifest.bytes);
        const subject = manifest.parsed.subject;
        const entry = descriptorOf(manifest);
        await this.updateIndex((manifests) => {
            let changed = false;
            let out = manifests;
            if (options.tag !== undefined) {
                const tagged = { ...entry, annotations: { ...entry.annotations, [REF_NAME]: options.tag } };
                const same = out.find((d) => d.annotations?.[REF_NAME] === options.tag);
                if (same === undefined || same.digest !== manifest.digest) {
                    out = [...out.filter((d) => d.annotations?.[REF_NAME] !== options.tag), tagged];
                    changed = true;
                }
            }
            if (subject !== undefined && !out.some((d) => d.digest === manifest.digest)) {
                out = [...out, entry];
                changed = true;
            }
            return changed ? out : undefined;
        });
        return { digest: manifest.digest, referrerIndexed: subject !== undefined };
    }
    async putTag(tag, manifest) {
        await this.putManifest(manifest, { tag });
    }
    /** lstat where stat was: a linked blob is refused here, before any read or write of it, at no extra cost. */
    async hasBlob(digest) {
        return (await this.checks.noLink(await this.blobFile(digest)))?.size;
    }
    /** The size of a blob that must be there: REGISTRY_NOT_FOUND when it is not. */
    async presentBlob(digest) {
        await this.checks.readable();
        const size = await this.hasBlob(digest);
        if (size === undefined) {
            throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `${this.location}: blob ${digest} is missing.`);
        }
        return size;
    }
    async getBlob(descriptor) {
        await this.presentBlob(descriptor.digest);
        const verifier = new VerifyingStream(descriptor.digest, descriptor.size, `reading blob ${descriptor.digest} from ${this.location}`);
        (0,external_node_stream_.pipeline)(readFileAhead(await this.blobFile(descriptor.digest), files_FILE_CHUNK, this.checks.readFlags), verifier, () => undefined);
        return verifier;
    }
    async *blobChunks(descriptor) {
        const size = await this.presentBlob(descriptor.digest);
        yield* verifiedChunks(readFileBorrowed(await this.blobFile(descriptor.digest), files_FILE_CHUNK, borrowedBuffers(), this.checks.readFlags), { digest: descriptor.digest, size: descriptor.size ?? size }, `reading blob ${descriptor.digest} from ${this.location}`);
    }
    async putBlob(descriptor, source) {
        const target = await this.blobFile(descriptor.digest);
        if ((await this.hasBlob(descriptor.digest)) === descriptor.size)
            return;
        await this.init();
        const raw = Buffer.isBuffer(source) ? external_node_stream_.Readable.from([source]) : await source();
        if (!(raw instanceof external_node_stream_.Readable)) {
            await this.commitChunks(verifiedLent(raw, descriptor, `writing blob ${descriptor.digest} to ${this.location}`), target);
            return;
        }
        if (raw instanceof VerifyingStream && raw.verifies(descriptor)) {
            // Already verified while streaming (a store's getBlob): hashing it again would only cost time.
            await this.commitStream(raw, new external_node_stream_.PassThrough({ highWaterMark: 1 << 20 }), target);
            return;
        }
        const verifier = new VerifyingStream(descriptor.digest, descriptor.size, `writing blob ${descriptor.digest} to ${this.location}`);
        await this.commitStream(raw, verifier, target);
    }
    /**
     * A temporary file in blobs/sha256 for a blob of not-yet-known digest; `commit` renames it under its
     * digest (one device, no copy). Its name starts with `.tmp-`, as every temporary blob file's does, so
     * it is never taken for a blob.
     */
    async stageBlob() {
        await this.init();
        const file = this.blobTemp();
        return {
            file,
            commit: async (descriptor) => {
                try {
                    const target = await this.blobFile(descriptor.digest);
                    const size = (await (0,promises_.lstat)(file)).size;
                    if (size !== descriptor.size) {
                        throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${this.location}: the staged blob holds ${size} bytes where ${descriptor.digest} declares ${descriptor.size}; refused.`);
                    }
                    if ((await this.hasBlob(descriptor.digest)) === descriptor.size)
                        await (0,promises_.unlink)(file);
                    else
                        await (0,promises_.rename)(file, target);
                }
                catch (error) {
                    await (0,promises_.unlink)(file).catch(() => undefined);
                    throw this.checks.wrap(error, `writing blob ${descriptor.digest}`);
                }
            },
            discard: () => (0,promises_.unlink)(file).catch(() => undefined),
        };
    }
    /** Writes a stream of unknown digest as a blob, hashed as it is written; answers its digest and size. */
    async writeBlob(source) {
        const staged = await this.stageBlob();
        const hasher = new media_Hasher();
        try {
            await (0,external_node_stream_promises_namespaceObject.pipeline)(Buffer.isBuffer(source) ? external_node_stream_.Readable.from([source]) : source, hasher, (0,external_node_fs_.createWriteStream)(staged.file, { flags: 'wx' }));
        }
        catch (error) {
            await staged.discard();
            throw this.checks.wrap(error, 'writing a blob');
        }
        const blob = hasher.result();
        await staged.commit(blob);
        return blob;
    }
    /** A blob's temporary file, in the blobs' own directory (so the rename that commits it stays on one device). */
    blobTemp() {
        return external_node_path_default().join(this.dir, 'blobs', 'sha256', `.tmp-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
    }
    /** Commits lent chunks as a blob, each written before the next is asked for. */
    commitChunks(chunks, target) {
        return this.replaceFile(target, this.blobTemp(), async (tmp) => {
            const handle = await (0,promises_.open)(tmp, 'wx');
            try {
                for await (const chunk of chunks) {
                    await writeFully(handle, chunk);
                }
            }
            finally {
                await handle.close();
            }
        }, `writing blob ${external_node_path_default().basename(target)}`);
    }
    commitStream(raw, verifier, target) {
        return this.replaceFile(target, this.blobTemp(), (tmp) => (0,external_node_stream_promises_namespaceObject.pipeline)(raw, verifier, (0,external_node_fs_.createWriteStream)(tmp, { flags: 'wx' })), `writing blob ${external_node_path_default().basename(target)}`);
    }
    async mountBlob(descriptor, fromRepository, fallback) {
        if ((await this.hasBlob(descriptor.digest)) === descriptor.size)
            return 'mounted';
        // The source is opened refusing links, whatever its own store does: link(2) would link a link
        // itself, and a blob behind one is copied through the source store instead (its own rule applies).
        const other = new LayoutStore(fromRepository);
        const there = await other.hasBlob(descriptor.digest).catch((error) => {
            if (error instanceof errors/* ArtefactsError */.E && error.code === 'PATH_UNSAFE')
                return undefined;
            throw error;
        });
        if (there === descriptor.size) {
            await this.init();
            const target = await this.blobFile(descriptor.digest);
            const source = await other.blobFile(descriptor.digest);
            const tmp = this.blobTemp();
            try {
                // A hard link moves no bytes; verify the source before trusting it.
                await (0,external_node_stream_promises_namespaceObject.pipeline)(await other.getBlob(descriptor), new external_node_stream_.Writable({ write: (_chunk, _encoding, cb) => cb() }));
                await (0,promises_.link)(source, tmp).catch(() => (0,promises_.copyFile)(source, tmp, external_node_fs_.constants.COPYFILE_EXCL));
                await (0,promises_.rename)(tmp, target);
                return 'mounted';
            }
            catch (error) {
                await (0,promises_.unlink)(tmp).catch(() => undefined);
                throw this.checks.wrap(error, `mounting blob ${descriptor.digest} from ${fromRepository}`);
            }
        }
        if (fallback === undefined)
            return 'not-mounted';
        await this.putBlob(descriptor, fallback);
        return 'uploaded';
    }
    async referrers(digest, artifactType) {
        checkDigest(digest);
        const index = await this.indexIfAny();
        if (index === undefined)
            return [];
        const found = [];
        const seen = new Set();
        const add = (d) => {
            if (seen.has(d.digest))
                return;
            seen.add(d.digest);
            if (artifactType === undefined || d.artifactType === artifactType)
                found.push(d);
        };
        for (const entry of index.manifests) {
            if (entry.digest === digest || (await this.hasBlob(entry.digest)) === undefined || entry.size > 4 * 1024 * 1024)
                continue;
            const manifest = await this.getManifest(entry.digest);
            if (manifest.parsed.subject?.digest === digest)
                add(descriptorOf(manifest));
        }
        const fallback = index.manifests.find((d) => d.annotations?.[REF_NAME] === referrersTag(digest));
        if (fallback !== undefined && isIndexMediaType(fallback.mediaType)) {
            const manifest = await this.getManifest(fallback.digest);
            for (const d of manifest.parsed.manifests)
                add(d);
        }
        return found;
    }
    async listTags() {
        const index = await this.indexIfAny();
        if (index === undefined)
            return [];
        const tags = index.manifests.map((d) => d.annotations?.[REF_NAME]).filter((t) => t !== undefined);
        return [...new Set(tags)].sort();
    }
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
function builtins_zlib() {
    return (zlibModule ??= builtins_require('node:zlib'));
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(4649);
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(1692);
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./packages/core/src/oci/http.ts
/**
 * The thin HTTP layer under the registry client: Node's own http/https with keep-alive agents,
 * streamed bodies, an idle timeout (a registry that sends nothing for that long fails the request),
 * and bounded retries with exponential backoff and jitter.
 */







const httpAgent = new (external_node_http_default()).Agent({ keepAlive: true, maxSockets: 32 });
const httpsAgent = new (external_node_https_default()).Agent({ keepAlive: true, maxSockets: 32 });
const tlsAgents = new Map();
/** Node's own roots plus NODE_EXTRA_CA_CERTS (which an explicit `ca` list would otherwise drop). */
function defaultRoots() {
    const extra = process.env.NODE_EXTRA_CA_CERTS;
    let extraPem = [];
    if (extra) {
        try {
            extraPem = [(0,external_node_fs_.readFileSync)(extra, 'utf8')];
        }
        catch {
            // Node itself warns at start-up when the file cannot be read.
        }
    }
    return [...(external_node_tls_default()).rootCertificates, ...extraPem];
}
/** The HTTPS agent for these TLS options: one per distinct set, kept alive across requests. */
function httpsAgentFor(options) {
    if (options === undefined || (!options.ca && !options.cert))
        return httpsAgent;
    const key = JSON.stringify([options.ca ?? '', options.cert ?? '', options.key ?? '']);
    let agent = tlsAgents.get(key);
    if (agent === undefined) {
        agent = new (external_node_https_default()).Agent({
            keepAlive: true,
            maxSockets: 32,
            ...(options.ca ? { ca: [...defaultRoots(), options.ca] } : {}),
            ...(options.cert ? { cert: options.cert, key: options.key } : {}),
        });
        tlsAgents.set(key, agent);
    }
    return agent;
}
/**
 * Whether `host` (host:port) speaks TLS, in one round trip: a plain-HTTP `GET /v2/` on a bare
 * connection. A registry serving plain HTTP answers it (200, 401, or 5xx when unwell); a TLS server
 * answers 400 ("plain HTTP request to an HTTPS port", as Go and nginx do) or with bytes that are not
 * HTTP (a TLS alert). No answer at all (reset, closed, timed out) says nothing: plain HTTP, the
 * loopback default, and the request that follows reports and retries the failure as any other.
 * Asked this way round because a plain-HTTP server given a TLS handshake may wait for a line that
 * never comes.
 */
function speaksTls(host, timeoutMs = 5_000) {
    const url = new URL(`http://${host}`);
    return new Promise((resolve) => {
        const socket = external_node_net_default().connect({ host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 80) });
        let answer = '';
        const done = (tlsServer) => {
            socket.destroy();
            resolve(tlsServer);
        };
        socket.setTimeout(timeoutMs, () => done(false));
        socket.once('connect', () => socket.write(`GET /v2/ HTTP/1.1\r\nHost: ${url.host}\r\nUser-Agent: immutable-artefacts\r\nConnection: close\r\n\r\n`));
        socket.on('data', (chunk) => {
            answer += chunk.toString('latin1');
            const status = /^HTTP\/1\.[01] (\d{3})/.exec(answer);
            if (status)
                done(status[1] === '400');
            else if (answer.length >= 12 || chunk[0] === 0x15)
                done(true);
        });
        socket.once('end', () => done(answer.length > 0 && !answer.startsWith('HTTP/')));
        socket.once('error', () => done(false));
    });
}
/** A TLS client's error when the server answered in plain HTTP. */
function isPlainHttpAnswer(error) {
    return (error.code === 'ERR_SSL_WRONG_VERSION_NUMBER' ||
        error.code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG' ||
        /wrong version number|packet length too long|http request/i.test(error.message));
}
const CERTIFICATE_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/** What a TLS failure means to the user, and what to do about it. */
function tlsFailure(request, error) {
    const where = `${request.method} ${request.url.host}${request.url.pathname}`;
    if (CERTIFICATE_CODES.has(error.code ?? '')) {
        return new errors/* ArtefactsError */.E('REGISTRY_TLS', `${where}: the registry's TLS certificate is not trusted (${error.code}: ${error.message}).`, {
            hint: 'Give the CA that signed it (--ca-file, or ARTEFACTS_CA_FILE; NODE_EXTRA_CA_CERTS also works), or list the host as insecure if it serves plain HTTP.',
            cause: error,
        });
    }
    if (isPlainHttpAnswer(error)) {
        return new errors/* ArtefactsError */.E('REGISTRY_TLS', `${where}: the registry answered in plain HTTP, not TLS.`, {
            hint: `Only a host listed as insecure is spoken to in plain HTTP: --insecure-registry ${request.url.host} (or ARTEFACTS_INSECURE_REGISTRIES).`,
            cause: error,
        });
    }
    if (/certificate required|alert.*certificate|handshake failure/i.test(error.message) ||
        /CERTIFICATE_REQUIRED/.test(error.code ?? '')) {
        return new errors/* ArtefactsError */.E('REGISTRY_TLS', `${where}: the registry asks for a client certificate (${error.message}).`, {
            hint: 'Give one with --client-cert and --client-key (or ARTEFACTS_CLIENT_CERT and ARTEFACTS_CLIENT_KEY).',
            cause: error,
        });
    }
    return undefined;
}
/** A failure worth retrying: connection reset, timeout, 408/429/5xx. */
class RetryableError extends Error {
    retryAfterMs;
    status;
    constructor(message, retryAfterMs, status) {
        super(message);
        this.retryAfterMs = retryAfterMs;
        this.status = status;
    }
}
/**
 * How long a registry may send nothing before a request fails, unless the settings say otherwise
 * (connection.ts: ARTEFACTS_REGISTRY_TIMEOUT): no connection, no answer, no byte of a body coming or
 * going. Idle time, never the length of a transfer: a large blob moving at any pace is never cut.
 * Two minutes, as the one timeout was before: a registry may rightly say nothing for a long while
 * after the last byte of a multi-GB upload, while its storage (an object store) moves the blob.
 */
const DEFAULT_IDLE_TIMEOUT_MS = 120_000;
/**
 * A registry that sent nothing for the idle time: worth one more try (a connection can be lost),
 * not seven (a registry that hangs does not answer the third either). See RetryPolicy.silences.
 */
class RegistrySilence extends RetryableError {
    constructor(message) {
        super(message, undefined, undefined);
    }
}
/** The idle time as a message says it: `2 s`, `0.5 s`. */
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(3))} s`;
}
/** What a request was doing when the registry fell silent, as the error says it. */
function silence(request, idleMs, req, answered) {
    const { host, pathname } = request.url;
    const doing = answered
        ? `the answer's body stalled: no bytes from ${host} for ${seconds(idleMs)}`
        : req.socket === null || req.socket.connecting
            ? `no connection to ${host} within ${seconds(idleMs)}`
            : !req.writableFinished
                ? `${host} took no bytes of the request's body for ${seconds(idleMs)}`
                : `no answer from ${host} within ${seconds(idleMs)}`;
    return new RegistrySilence(`${request.method} ${host}${pathname}: ${doing}`);
}
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNABORTED']);
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501);
}
function send(request) {
    const { url } = request;
    const lib = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    const agent = url.protocol === 'https:' ? httpsAgentFor(request.tls) : httpAgent;
    const idleMs = request.timeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
        let answer;
        // `timeout` (unlike setTimeout) also bounds the connection's set-up; it stays on the socket while
        // the answer's body is read, so a body that stalls fails as an answer that never comes does.
        const options = { method: request.method, headers: request.headers ?? {}, agent, timeout: idleMs };
        const req = lib.request(url, options, (res) => {
            answer = res;
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res, url });
        });
        req.on('timeout', () => {
            const error = silence(request, idleMs, req, answer !== undefined);
            // The reader of the body gets the same words as a caller waiting for the answer.
            answer?.destroy(error);
            req.destroy(error);
        });
        req.on('error', (error) => {
            if (error instanceof RegistrySilence) {
                reject(error);
                return;
            }
            const code = error.code ?? '';
            const tlsError = url.protocol === 'https:' ? tlsFailure(request, error) : undefined;
            if (tlsError !== undefined) {
                reject(tlsError);
                return;
            }
            if (RETRYABLE_CODES.has(code) || /socket hang up/i.test(error.message)) {
                reject(new RetryableError(`${request.method} ${url.host}${url.pathname}: ${error.message}`, undefined, undefined));
            }
            else {
                reject(new errors/* ArtefactsError */.E('REGISTRY_UNAVAILABLE', `${request.method} ${url.host}${url.pathname}: ${(0,errors/* describeError */.Uc)(error)}`, { cause: error }));
            }
        });
        const body = request.body;
        if (body === undefined)
            req.end();
        else if (Buffer.isBuffer(body))
            req.end(body);
        else if (!(body instanceof external_node_stream_.Readable))
            void writeLent(req, body.lent);
        else if (body.destroyed) {
            // Piping a stream that already ended in failure would wait for bytes that never come.
            req.destroy(body.errored ?? new Error('the body stream closed before it was sent'));
        }
        else {
            body.on('error', (error) => req.destroy(error));
            body.pipe(req);
        }
    });
}
/** Writes lent chunks one at a time (see LentBody), then ends the request; a failure destroys it. */
async function writeLent(req, chunks) {
    try {
        for await (const chunk of chunks) {
            if (req.destroyed)
                return;
            await new Promise((resolve, reject) => {
                // A request destroyed while this write waits in its queue may never call back: its close ends the wait.
                const closed = () => reject(new Error('the request closed while its body was being written'));
                req.once('close', closed);
                req.write(chunk, (error) => {
                    req.off('close', closed);
                    if (error)
                        reject(error);
                    else
                        resolve();
                });
            });
        }
        req.end();
    }
    catch (error) {
        req.destroy(error instanceof Error ? error : new Error(String(error)));
    }
}
/** Reads a whole (small) body, refusing more than `limit` bytes. */
async function readBody(response, limit, where) {
    const declared = Number(response.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > limit) {
        response.body.destroy();
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${where}: response of ${declared} bytes is above the ${limit}-byte limit.`);
    }
    const chunks = [];
    let total = 0;
    for await (const chunk of response.body) {
        total += chunk.length;
        if (total > limit) {
            response.body.destroy();
            throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${where}: response is above the ${limit}-byte limit.`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
async function drain(response) {
    try {
        for await (const _chunk of response.body) {
            // discard
        }
    }
    catch {
        // the connection is gone either way
    }
}
/** Retry-After as seconds or an HTTP date, in milliseconds. */
function parseRetryAfter(value, now = Date.now()) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text === undefined || text.trim() === '')
        return undefined;
    if (/^\d+$/.test(text.trim()))
        return Number(text.trim()) * 1000;
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/**
 * Seven tries: at one failed request in five (a registry under load), a request still fails for
 * good about once in 80 000, so a promotion of a few dozen requests almost never does; a registry
 * that is down is given up on after about 12 s of backoff. Two silences: a registry that accepts the
 * connection and then says nothing is given up on after twice the idle time, not seven times.
 */
const DEFAULT_RETRY = { attempts: 7, baseDelayMs: 250, maxDelayMs: 8_000, silences: 2 };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs `fn` until it succeeds, retrying RetryableErrors with exponential backoff and full jitter
 * (or the server's Retry-After, capped at maxDelayMs). The final error says what was being done
 * and how many tries were made. `transient` marks other errors as worth another try too; the last
 * of those is thrown as it is (it names the registry's own answer).
 */
async function withRetry(what, policy, fn, transient = () => false) {
    let last;
    let tries = 0;
    let silences = 0;
    const silencesAllowed = policy.silences ?? DEFAULT_RETRY.silences ?? 2;
    for (let attempt = 1; attempt <= policy.attempts; attempt++) {
        tries = attempt;
        try {
            return await fn(attempt);
        }
        catch (error) {
            const retryable = error instanceof RetryableError;
            if (!retryable && (!transient(error) || attempt === policy.attempts))
                throw error;
            if (retryable)
                last = error;
            if (error instanceof RegistrySilence && ++silences >= silencesAllowed)
                break;
            if (attempt === policy.attempts)
                break;
            const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
            const delay = retryable && error.retryAfterMs !== undefined
                ? Math.min(policy.maxDelayMs, error.retryAfterMs)
                : Math.round(backoff / 2 + (Math.random() * backoff) / 2);
            await sleep(delay);
        }
    }
    const silent = last instanceof RegistrySilence;
    throw new errors/* ArtefactsError */.E('REGISTRY_UNAVAILABLE', `${what} failed after ${tries} ${tries === 1 ? 'try' : 'tries'}: ${last?.message ?? 'unknown error'}`, {
        hint: silent
            ? 'The registry is not answering (hung, overloaded, or a proxy holding the connection); try again later. How long a registry may stay silent: --registry-timeout SECONDS (or ARTEFACTS_REGISTRY_TIMEOUT).'
            : 'The registry is unavailable or overloaded; try again later.',
        cause: last,
    });
}

;// CONCATENATED MODULE: ./packages/core/src/oci/auth.ts
/**
 * Registry authentication: anonymous, basic, and the bearer-token flow (realm/service/scope, one
 * scope per repository, a token cache per scope set, one refresh on 401). Credentials come from
 * explicit options, REGISTRY_AUTH_FILE, ~/.docker/config.json, the containers auth.json (auths,
 * credHelpers, credsStore: the helper is run with an argv array) or GITHUB_TOKEN for ghcr.io. They are never put in a message or a log line.
 */







/** Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (or Basic). */
function parseChallenge(header) {
    if (header === undefined)
        return undefined;
    const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (match === null)
        return undefined;
    const scheme = match[1].toLowerCase();
    if (scheme !== 'basic' && scheme !== 'bearer')
        return undefined;
    const params = {};
    const re = /(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
    for (let m = re.exec(match[2]); m !== null; m = re.exec(match[2])) {
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
    }
    return {
        scheme,
        ...(params.realm === undefined ? {} : { realm: params.realm }),
        ...(params.service === undefined ? {} : { service: params.service }),
        ...(params.scope === undefined ? {} : { scope: params.scope }),
    };
}
function normaliseConfigKey(key) {
    let k = key.trim().replace(/^[a-z]+:\/\//i, '');
    const slash = k.indexOf('/');
    if (slash >= 0)
        k = k.slice(0, slash);
    k = k.toLowerCase();
    if (k === 'index.docker.io' || k === 'registry-1.docker.io' || k === 'registry.hub.docker.com')
        return DOCKER_HUB;
    return k;
}
async function readAuthFile(file, what) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `${what} ${file} is not valid JSON: ${(0,errors/* describeError */.Uc)(error)}`);
    }
}
/**
 * The credential files, in the order they are asked: REGISTRY_AUTH_FILE (podman's and skopeo's,
 * when set it is what the user chose), the Docker config (DOCKER_CONFIG or ~/.docker), then the
 * containers auth.json (XDG_RUNTIME_DIR, else ~/.config). All share one format: auths, credHelpers.
 */
async function readAuthFiles(env) {
    const home = env.HOME ?? (0,external_node_os_namespaceObject.homedir)();
    const files = [];
    if (env.REGISTRY_AUTH_FILE)
        files.push([env.REGISTRY_AUTH_FILE, 'REGISTRY_AUTH_FILE']);
    files.push([external_node_path_default().join(env.DOCKER_CONFIG ?? external_node_path_default().join(home, '.docker'), 'config.json'), 'Docker config']);
    if (!env.REGISTRY_AUTH_FILE) {
        if (env.XDG_RUNTIME_DIR)
            files.push([external_node_path_default().join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'), 'Containers auth file']);
        files.push([external_node_path_default().join(home, '.config', 'containers', 'auth.json'), 'Containers auth file']);
    }
    const configs = [];
    for (const [file, what] of files) {
        const config = await readAuthFile(file, what);
        if (config !== undefined)
            configs.push(config);
    }
    return configs;
}
/** Runs `docker-credential-<helper> get` with the server URL on stdin. */
async function runCredentialHelper(helper, serverUrl, env) {
    if (!/^[A-Za-z0-9._-]+$/.test(helper)) {
        throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Docker credential helper name ${JSON.stringify(helper)} is not valid.`);
    }
    const program = `docker-credential-${helper}`;
    const { spawn } = childProcess();
    const { code, stdout } = await new Promise((resolve, reject) => {
        const child = spawn(program, ['get'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
        let out = '';
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (d) => (out += d));
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Could not run the Docker credential helper ${program}: ${error.message}`, {
                hint: `Install ${program} or remove it from the Docker config (credHelpers/credsStore).`,
            }));
        });
        child.on('close', (exit) => {
            clearTimeout(timer);
            resolve({ code: exit, stdout: out });
        });
        child.stdin.end(serverUrl);
    });
    if (code !== 0) {
        if (/credentials not found/i.test(stdout))
            return undefined;
        throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Docker credential helper ${program} failed for ${serverUrl} (exit ${code}).`);
    }
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Docker credential helper ${program} printed something that is not JSON.`);
    }
    if (typeof parsed.Secret !== 'string' || parsed.Secret === '')
        return undefined;
    if (parsed.Username === '<token>')
        return { identityToken: parsed.Secret };
    return { username: parsed.Username ?? '', password: parsed.Secret };
}
/**
 * Finds credentials for a registry (as written in references: `docker.io`, `ghcr.io`, `host:port`).
 * Order: explicit options, the credential files (each: credHelpers, auths, credsStore), GITHUB_TOKEN for ghcr.io.
 */
async function resolveCredentials(registry, options = {}) {
    const env = options.env ?? process.env;
    const found = await find();
    if (found !== undefined) {
        if ('password' in found)
            options.logger?.secret(found.password);
        else if ('token' in found)
            options.logger?.secret(found.token);
        else
            options.logger?.secret(found.identityToken);
    }
    return found;
    async function find() {
        const wanted = normaliseConfigKey(registry);
        for (const [key, value] of Object.entries(options.credentials ?? {})) {
            if (normaliseConfigKey(key) === wanted)
                return value;
        }
        if (options.ignoreDockerConfig !== true) {
            for (const config of await readAuthFiles(env)) {
                const serverUrl = wanted === DOCKER_HUB ? DOCKER_HUB_CONFIG_KEY : wanted;
                for (const [key, helper] of Object.entries(config.credHelpers ?? {})) {
                    if (normaliseConfigKey(key) === wanted)
                        return runCredentialHelper(helper, serverUrl, env);
                }
                for (const [key, entry] of Object.entries(config.auths ?? {})) {
                    if (normaliseConfigKey(key) !== wanted)
                        continue;
                    if (typeof entry.registrytoken === 'string' && entry.registrytoken !== '')
                        return { token: entry.registrytoken };
                    if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '')
                        return { identityToken: entry.identitytoken };
                    if (typeof entry.auth === 'string' && entry.auth !== '') {
                        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
                        const colon = decoded.indexOf(':');
                        if (colon < 0) {
                            throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Docker config entry for ${key}: "auth" is not base64 of username:password.`);
                        }
                        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
                    }
                    if (typeof entry.username === 'string' && typeof entry.password === 'string') {
                        return { username: entry.username, password: entry.password };
                    }
                }
                if (typeof config.credsStore === 'string' && config.credsStore !== '') {
                    const fromStore = await runCredentialHelper(config.credsStore, serverUrl, env);
                    if (fromStore !== undefined)
                        return fromStore;
                }
            }
        }
        if (wanted === 'ghcr.io' && env.GITHUB_TOKEN !== undefined && env.GITHUB_TOKEN !== '') {
            return { username: env.GITHUB_ACTOR ?? 'github-actions', password: env.GITHUB_TOKEN };
        }
        return undefined;
    }
}
function basicHeader(credentials) {
    if ('token' in credentials)
        return `Bearer ${credentials.token}`;
    if ('identityToken' in credentials)
        return undefined;
    return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}
/**
 * Per-registry authenticator. `header(scopes)` answers the Authorization header to send now (or
 * undefined); `challenge(...)` handles a 401 and returns the header to retry with, once.
 */
class RegistryAuth {
    registry;
    options;
    challengeSeen;
    tokens = new Map();
    credentials;
    constructor(registry, options = {}) {
        this.registry = registry;
        this.options = options;
    }
    creds() {
        this.credentials ??= resolveCredentials(this.registry, this.options);
        return this.credentials;
    }
    /** The header for these scopes from what is already known, fetching a token if the realm is known. */
    async header(scopes) {
        const c = this.challengeSeen;
        if (c === undefined)
            return undefined;
        if (c.scheme === 'basic') {
            const creds = await this.creds();
            return creds === undefined ? undefined : basicHeader(creds);
        }
        const key = [...scopes].sort().join(' ');
        const cached = this.tokens.get(key);
        if (cached !== undefined && cached.expires > Date.now())
            return cached.header;
        return this.fetchToken(c, scopes);
    }
    /** Handles a 401: remembers the challenge, drops the cached token, returns a fresh header. */
    async challenge(wwwAuthenticate, scopes) {
        const parsed = parseChallenge(wwwAuthenticate);
        if (parsed === undefined) {
            throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `${this.registry} answered 401 without a usable WWW-Authenticate challenge.`);
        }
        this.challengeSeen = parsed;
        this.tokens.delete([...scopes].sort().join(' '));
        if (parsed.scheme === 'basic') {
            const creds = await this.creds();
            if (creds === undefined) {
                throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `${this.registry} requires credentials and none were found.`, {
                    hint: 'Pass credentials, or log in (docker login) so ~/.docker/config.json has them.',
                });
            }
            const header = basicHeader(creds);
            if (header === undefined) {
                throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `${this.registry} asks for basic auth, but only an identity token was found.`);
            }
            return header;
        }
        return this.fetchToken(parsed, scopes);
    }
    async fetchToken(c, scopes) {
        if (c.realm === undefined) {
            throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `${this.registry}: bearer challenge without a realm.`);
        }
        const creds = await this.creds();
        if (creds !== undefined && 'token' in creds)
            return `Bearer ${creds.token}`;
        let url;
        try {
            url = new URL(c.realm);
        }
        catch {
            throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `${this.registry}: token realm ${JSON.stringify(c.realm)} is not a URL.`);
        }
        if (c.service !== undefined)
            url.searchParams.set('service', c.service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const headers = { 'user-agent': 'immutable-artefacts' };
        const basic = creds === undefined ? undefined : basicHeader(creds);
        if (basic !== undefined)
            headers.authorization = basic;
        // An identity (refresh) token is exchanged with the OAuth2 POST form of the token endpoint.
        let form;
        if (creds !== undefined && 'identityToken' in creds) {
            const body = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: creds.identityToken,
                client_id: 'immutable-artefacts',
            });
            if (c.service !== undefined)
                body.set('service', c.service);
            body.set('scope', scopes.join(' '));
            form = Buffer.from(body.toString());
            headers['content-type'] = 'application/x-www-form-urlencoded';
            headers['content-length'] = String(form.length);
            url.search = '';
        }
        let response;
        for (let attempt = 1;; attempt++) {
            try {
                const connection = {
                    url,
                    headers,
                    tls: this.options.tls,
                    ...(this.options.timeoutMs === undefined ? {} : { timeoutMs: this.options.timeoutMs }),
                };
                response = await send(form === undefined ? { method: 'GET', ...connection } : { method: 'POST', body: form, ...connection });
                if (isRetryableStatus(response.status) && attempt < 3) {
                    const wait = parseRetryAfter(response.headers['retry-after']) ?? 500 * attempt;
                    await readBody(response, 1 << 20, 'token').catch(() => undefined);
                    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 10_000)));
                    continue;
                }
                break;
            }
            catch (error) {
                // A silent token service is asked once more, as a silent registry is (RetryPolicy.silences).
                if (error instanceof RetryableError && attempt < (error instanceof RegistrySilence ? 2 : 3))
                    continue;
                throw error instanceof RetryableError
                    ? new errors/* ArtefactsError */.E('REGISTRY_UNAVAILABLE', `Token service ${url.host}: ${error.message}`)
                    : error;
            }
        }
        const body = await readBody(response, 1 << 20, `token service ${url.host}`);
        if (response.status === 401 || response.status === 403) {
            throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Token service ${url.host}${url.pathname} refused ${creds === undefined ? 'anonymous access' : 'the credentials'} for ${scopes.join(' ')} (HTTP ${response.status}).`, {
                hint: creds === undefined
                    ? 'Pass credentials or log in to the registry.'
                    : 'Check the username and password or token.',
            });
        }
        if (response.status !== 200) {
            throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Token service ${url.host}${url.pathname} answered HTTP ${response.status} for ${scopes.join(' ')}.`);
        }
        let parsed;
        try {
            parsed = JSON.parse(body.toString('utf8'));
        }
        catch {
            throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Token service ${url.host} answered something that is not JSON.`);
        }
        const token = parsed.token ?? parsed.access_token;
        if (typeof token !== 'string' || token === '') {
            throw new errors/* ArtefactsError */.E('REGISTRY_AUTH', `Token service ${url.host} answered without a token.`);
        }
        this.options.logger?.secret(token);
        const header = `Bearer ${token}`;
        const lifetime = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60;
        this.tokens.set([...scopes].sort().join(' '), { header, expires: Date.now() + (lifetime - 10) * 1000 });
        return header;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/oci/connection.ts
/**
 * How the registry client connects, from the environment, so that every command and action
 * (and the CLI's --ca-file, --client-cert, --client-key, --insecure-registry and --registry-timeout,
 * which set these) reaches an in-house registry the same way:
 *   ARTEFACTS_CA_FILE            PEM of a private CA, trusted in addition to the system's roots
 *   ARTEFACTS_CLIENT_CERT / _KEY PEM files of a client certificate, for registries that ask (mTLS)
 *   ARTEFACTS_INSECURE_REGISTRIES hosts (host or host:port; comma, space or newline between) spoken
 *                                to in plain HTTP, as Docker's insecure-registries
 *   ARTEFACTS_REGISTRY_TIMEOUT   seconds a registry may send nothing (no connection, no answer, no
 *                                byte of a body) before a request fails; default 120. Idle time, not
 *                                transfer time. A request is tried again after one such silence, not
 *                                after a second (http.ts: RetryPolicy.silences)
 * NODE_EXTRA_CA_CERTS works as well (Node reads it at start-up; it is kept when a CA file is added).
 * These are the administrator's choices, like NODE_EXTRA_CA_CERTS: the files may be anywhere.
 */




/** How a setting is named in messages: the flag it was given as, else its variable. */
function nameOf(variable, flags) {
    return flags[variable]?.flag ?? variable;
}
/** A setting as given: `--ca-file "ca.txt"` (the value as typed), else `ARTEFACTS_CA_FILE="/path"`. */
function shownSetting(variable, value, flags) {
    const flag = flags[variable];
    const typed = flag?.values[flag.values.length - 1];
    return flag !== undefined && typed !== undefined
        ? `${flag.flag} ${JSON.stringify(typed)}`
        : `${variable}=${JSON.stringify(value)}`;
}
/**
 * Why a file cannot be read, in words: Node's own message names a syscall, an errno and the path
 * resolved, not what is wrong with the setting.
 */
const UNREADABLE = {
    ENOENT: 'no such file',
    ENOTDIR: 'a part of the path is a file, not a directory',
    EISDIR: 'a directory, not a file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ELOOP: 'too many levels of symbolic links',
    ENAMETOOLONG: 'the path is too long for the file system',
};
function pemFile(env, name, kind, what, flags) {
    const file = env[name]?.trim();
    if (!file)
        return undefined;
    const shown = shownSetting(name, file, flags);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const why = UNREADABLE[error.code ?? ''] ?? (0,errors/* describeError */.Uc)(error);
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `${shown}: cannot read it (${why}); expected a file of ${what} (PEM).`, {
            hint: `Give the path of ${what} (PEM).`,
            cause: error,
        });
    }
    if (!kind.test(text)) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `${shown} is not ${what} in PEM.`, {
            hint: `Expected a file with a -----BEGIN ${kind === CERTIFICATE ? 'CERTIFICATE' : '... PRIVATE KEY'}----- block.`,
        });
    }
    return text;
}
/** The idle timeout in milliseconds, from a number of seconds above 0 (at most a day). */
function idleTimeout(env, flags) {
    const value = env.ARTEFACTS_REGISTRY_TIMEOUT?.trim();
    if (!value)
        return undefined;
    const secondsGiven = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    if (!(secondsGiven > 0 && secondsGiven <= 86_400)) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `${shownSetting('ARTEFACTS_REGISTRY_TIMEOUT', value, flags)}: expected a number of seconds above 0 and at most 86400 (default ${DEFAULT_IDLE_TIMEOUT_MS / 1000}).`, { hint: 'How long a registry may send nothing (no answer, no byte of a body) before a request fails.' });
    }
    return Math.round(secondsGiven * 1000);
}
const CERTIFICATE = /-----BEGIN CERTIFICATE-----/;
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
/**
 * Checks the connection settings before a command that may reach a registry does any work: a CA or
 * client certificate file that is missing, unreadable or not PEM, a bad host or timeout, fails there,
 * named as given, never later at the first request (nor never, where no registry is contacted).
 * Every such command's entry point calls it first (the CLI has checked its flags already, by name).
 * The files may be anywhere, as NODE_EXTRA_CA_CERTS: they are the administrator's, not path inputs.
 */
function checkConnectionSettings(env) {
    connectionFromEnv(env);
}
/**
 * The connection settings the environment asks for; empty when it asks for none. `flags` says which
 * of them the CLI's flags set, for messages.
 */
function connectionFromEnv(env, flags = {}) {
    if (env === undefined)
        return {};
    const ca = pemFile(env, 'ARTEFACTS_CA_FILE', CERTIFICATE, 'a CA certificate', flags);
    const cert = pemFile(env, 'ARTEFACTS_CLIENT_CERT', CERTIFICATE, 'a client certificate', flags);
    const key = pemFile(env, 'ARTEFACTS_CLIENT_KEY', PRIVATE_KEY, 'the client certificate’s private key', flags);
    if ((cert === undefined) !== (key === undefined)) {
        const [given, missing] = cert === undefined
            ? ['ARTEFACTS_CLIENT_KEY', 'ARTEFACTS_CLIENT_CERT']
            : ['ARTEFACTS_CLIENT_CERT', 'ARTEFACTS_CLIENT_KEY'];
        throw new errors/* ArtefactsError */.E('INPUT_MISSING', `${nameOf(given, flags)} is set but ${nameOf(missing, flags)} is not: a client certificate needs both.`);
    }
    const insecure = (env.ARTEFACTS_INSECURE_REGISTRIES ?? '').split(/[\s,]+/).filter((h) => h !== '');
    for (const host of insecure) {
        // The one host rule of references.ts (a port in range included).
        if (registryHostProblem(host) !== undefined) {
            // The value the host came from, as typed: a flag's, else the variable's.
            const flag = flags.ARTEFACTS_INSECURE_REGISTRIES;
            const typed = flag?.values.find((v) => v.split(/[\s,]+/).includes(host));
            const where = flag !== undefined && typed !== undefined
                ? `${flag.flag} ${JSON.stringify(typed)}`
                : 'ARTEFACTS_INSECURE_REGISTRIES';
            throw new errors/* ArtefactsError */.E('INPUT_INVALID', `${where}: ${JSON.stringify(host)} is not a registry host; expected host or host:port (no scheme, no path).`);
        }
    }
    const timeoutMs = idleTimeout(env, flags);
    const tls = ca || cert ? { ...(ca ? { ca } : {}), ...(cert ? { cert, key } : {}) } : undefined;
    return {
        ...(tls ? { tls } : {}),
        ...(insecure.length > 0 ? { plainHttp: insecure } : {}),
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/oci/registry-transport.ts


const REDIRECTS = [301, 302, 303, 307, 308];
const USER_AGENT = 'immutable-artefacts';
/** A registry's refusal, with every error code its answer listed. */
class RegistryAnswerError extends errors/* ArtefactsError */.E {
    status;
    registryCodes;
    constructor(code, message, status, registryCodes, options = {}) {
        super(code, message, options);
        this.status = status;
        this.registryCodes = registryCodes;
    }
}
/** Maps a registry's answer to an ArtefactsError code and a message saying what was being done. */
function registryError(what, status, body) {
    let listed;
    try {
        listed = JSON.parse(body.toString('utf8')).errors ?? [];
    }
    catch {
        listed = [];
    }
    const codes = listed.map((e) => e.code ?? '').filter((c) => c !== '');
    const code = codes[0] ?? '';
    // Every error listed: distribution puts DIGEST_INVALID before the MANIFEST_BLOB_UNKNOWN that explains it.
    const detail = listed
        .slice(0, 4)
        .map((e) => {
        const said = [e.message, typeof e.detail === 'string' ? e.detail : undefined].filter((t) => t);
        return `${e.code ?? ''}${said.length === 0 ? '' : ` (${said.join(': ').slice(0, 300)})`}`;
    })
        .join(', ');
    const message = `${what}: HTTP ${status}${detail === '' ? '' : `: ${detail}`}`;
    const answer = (errorCode, text = message, hint) => new RegistryAnswerError(errorCode, text, status, codes, hint === undefined ? {} : { hint });
    if (status === 401 || status === 403 || code === 'DENIED' || code === 'UNAUTHORIZED') {
        return answer('REGISTRY_AUTH', message, 'Check the credentials and that they grant pull (and push for writes) on this repository.');
    }
    if (code === 'DIGEST_INVALID')
        return answer('DIGEST_MISMATCH');
    if (status === 415 || code === 'MANIFEST_UNKNOWN_MEDIATYPE')
        return answer('MEDIA_TYPE_UNSUPPORTED');
    if (status === 404 || /_UNKNOWN$/.test(code))
        return answer('REGISTRY_NOT_FOUND');
    if (status === 413)
        return answer('REGISTRY_PROTOCOL', `${message} (the registry refused the size of the body)`);
    return answer('REGISTRY_PROTOCOL');
}
/** The error codes of the OCI distribution spec: a code outside them is a registry's own. */
const SPEC_CODES = new Set([
    'BLOB_UNKNOWN',
    'BLOB_UPLOAD_INVALID',
    'BLOB_UPLOAD_UNKNOWN',
    'DIGEST_INVALID',
    'MANIFEST_BLOB_UNKNOWN',
    'MANIFEST_INVALID',
    'MANIFEST_UNKNOWN',
    'NAME_INVALID',
    'NAME_UNKNOWN',
    'SIZE_INVALID',
    'UNAUTHORIZED',
    'DENIED',
    'UNSUPPORTED',
    'TOOMANYREQUESTS',
]);
/**
 * Whether a 404 says the repository itself is not there: NAME_UNKNOWN (distribution, ECR, Google's
 * registries), or a 404 that names no code of the spec (a bare 404, a page of HTML, a registry's own
 * NOT_FOUND). A 404 naming another code of the spec is about something else, and is no answer to this.
 */
function isUnknownRepository(answer) {
    return (answer.status === 404 &&
        (answer.registryCodes.includes('NAME_UNKNOWN') || !answer.registryCodes.some((c) => SPEC_CODES.has(c))));
}
function header(response, name) {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function isLoopback(host) {
    const h = host.replace(/:\d+$/, '');
    return h === 'localhost' || h === '127.0.0.1' || h === '[::1]' || h.startsWith('127.');
}
/** Parses `Link: <url>; rel="next"`. */
function nextLink(response, base) {
    const link = header(response, 'link');
    if (link === undefined)
        return undefined;
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
    return m === null ? undefined : new URL(m[1], base);
}
/** The requests of one repository: its URLs, scopes and credentials. */
class RepositoryTransport {
    settings;
    auth;
    base;
    scheme;
    location;
    registry;
    repository;
    pullScope;
    pushScopes;
    constructor(settings, auth, ref, 
    /** https://host, or http://host for an insecure registry; a loopback host's is settled by `scheme`. */
    base, scheme) {
        this.settings = settings;
        this.auth = auth;
        this.base = base;
        this.scheme = scheme;
        this.registry = ref.registry;
        this.repository = ref.repository;
        this.location = `${ref.registry}/${ref.repository}`;
        this.pullScope = `repository:${ref.repository}:pull`;
        this.pushScopes = [`repository:${ref.repository}:pull,push`];
    }
    path(rest) {
        return `/v2/${this.repository}/${rest}`;
    }
    async request(op) {
        if (this.scheme !== undefined) {
            const protocol = `${await this.scheme}:`;
            this.scheme = undefined;
            if (this.base.protocol !== protocol)
                this.base = new URL(`${protocol}//${this.base.host}`);
        }
        const once = async () => {
            let url = typeof op.url === 'string' ? new URL(op.url, this.base) : op.url;
            // A URL built from the base before its scheme was settled.
            if (url.host === this.base.host && url.protocol !== this.base.protocol) {
                url = new URL(url.href.replace(/^https?:/, this.base.protocol));
            }
            let authorization = await this.auth.header(op.scopes);
            let refreshed = false;
            for (let hops = 0;;) {
                const sameOrigin = url.origin === this.base.origin;
                const headers = { 'user-agent': USER_AGENT, ...op.headers };
                if (authorization !== undefined && sameOrigin)
                    headers.authorization = authorization;
                const body = op.body?.();
                const response = await send({
                    method: op.method,
                    url,
                    headers,
                    ...(this.settings.options.tls === undefined ? {} : { tls: this.settings.options.tls }),
                    ...(body === undefined ? {} : { body }),
                    ...(this.settings.options.timeoutMs === undefined ? {} : { timeoutMs: this.settings.options.timeoutMs }),
                });
                if (response.status === 401 && sameOrigin && !refreshed) {
                    await drain(response);
                    refreshed = true;
                    authorization = await this.auth.challenge(header(response, 'www-authenticate'), op.scopes);
                    // A streamed body is spent: let the caller's retry reopen it, now with fresh credentials.
                    if (body !== undefined && !Buffer.isBuffer(body)) {
                        throw new RetryableError(`${op.what}: credentials refreshed after 401`, 0, 401);
                    }
                    continue;
                }
                const location = header(response, 'location');
                if (op.follow === true && REDIRECTS.includes(response.status) && location !== undefined) {
                    await drain(response);
                    if (++hops > 5)
                        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${op.what}: more than 5 redirects.`);
                    url = new URL(location, url);
                    continue;
                }
                if (op.expect.includes(response.status))
                    return response;
                const answer = await readBody(response, 64 * 1024, op.what).catch(() => Buffer.alloc(0));
                if (isRetryableStatus(response.status)) {
                    throw new RetryableError(`${op.what}: HTTP ${response.status}`, parseRetryAfter(response.headers['retry-after']), response.status);
                }
                throw registryError(op.what, response.status, answer);
            }
        };
        return op.retry === false ? once() : withRetry(op.what, this.settings.retry, once);
    }
    /**
     * A request whose answer's body (at most `limit` bytes) is read within the same retry: a connection
     * that breaks in the middle of the body is tried again like one that breaks before the answer.
     */
    async requestBytes(op, limit) {
        const once = async () => {
            const response = await this.request({ ...op, retry: false });
            try {
                return { response, bytes: await readBody(response, limit, op.what) };
            }
            catch (error) {
                if (error instanceof errors/* ArtefactsError */.E || error instanceof RegistrySilence)
                    throw error;
                throw new RetryableError(`${op.what}: the answer broke off: ${(0,errors/* describeError */.Uc)(error)}`, undefined, undefined);
            }
        };
        return op.retry === false ? once() : withRetry(op.what, this.settings.retry, once);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/oci/registry-blobs.ts
/**
 * Blobs in a registry repository: existence checks, verified reads, cross-repository mounts and
 * uploads, monolithic (one streamed PUT) or chunked (PATCHes that resume after a 416). Every
 * function takes the repository's transport; none keeps state between calls.
 */







async function hasBlob(t, digest) {
    checkDigest(digest);
    const response = await t.request({
        what: `checking blob ${digest} in ${t.location}`,
        method: 'HEAD',
        url: t.path(`blobs/${digest}`),
        scopes: [t.pullScope],
        expect: [200, 404],
        follow: true,
    });
    await drain(response);
    if (response.status === 404)
        return undefined;
    const size = Number(header(response, 'content-length'));
    return Number.isFinite(size) ? size : 0;
}
async function getBlob(t, descriptor) {
    checkDigest(descriptor.digest);
    const what = `fetching blob ${descriptor.digest} from ${t.location}`;
    const response = await t.request({
        what,
        method: 'GET',
        url: t.path(`blobs/${descriptor.digest}`),
        scopes: [t.pullScope],
        expect: [200],
        follow: true,
    });
    const length = Number(header(response, 'content-length'));
    if (descriptor.size !== undefined && Number.isFinite(length) && length !== descriptor.size) {
        response.body.destroy();
        throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: the registry sends ${length} bytes where the descriptor declares ${descriptor.size}; refused.`);
    }
    const verifier = new VerifyingStream(descriptor.digest, descriptor.size, what);
    (0,external_node_stream_.pipeline)(response.body, verifier, () => undefined);
    return verifier;
}
async function putBlob(t, descriptor, source) {
    checkDigest(descriptor.digest);
    const what = `uploading blob ${descriptor.digest} to ${t.location}`;
    const chunkSize = t.settings.options.chunkSize;
    const monolithic = chunkSize === undefined || descriptor.size <= chunkSize;
    await withRetry(what, t.settings.retry, async () => {
        // A single PUT streams from the source: open it while the session is being started, so the
        // source's first bytes are on their way when the session's URL arrives (one round trip less).
        const opening = monolithic && !Buffer.isBuffer(source) ? registry_blobs_open(source, descriptor, what) : undefined;
        // Handled here so that a source failing before the session is ready is not an unhandled
        // rejection; `upload` still awaits `opening` and gets its error.
        opening?.catch(() => undefined);
        let session;
        try {
            session = await startUpload(t, what, t.pushScopes, t.path('blobs/uploads/'));
        }
        catch (error) {
            // Lent chunks hold nothing until they are asked for.
            opening?.then((body) => body instanceof external_node_stream_.Readable && body.destroy(), () => undefined);
            throw error;
        }
        await upload(t, what, session, descriptor, source, opening);
    });
}
async function mountBlob(t, descriptor, fromRepository, fallback) {
    checkDigest(descriptor.digest);
    if (fromRepository === t.repository)
        return (await hasBlob(t, descriptor.digest)) === undefined ? 'not-mounted' : 'mounted';
    const what = `mounting blob ${descriptor.digest} from ${fromRepository} into ${t.location}`;
    const query = `blobs/uploads/?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(fromRepository)}`;
    const scopes = [...t.pushScopes, `repository:${fromRepository}:pull`];
    let result = 'not-mounted';
    await withRetry(what, t.settings.retry, async (attempt) => {
        // After a failed fallback upload, retry as a plain upload: the mount already said no.
        const session = attempt === 1
            ? await startUpload(t, what, scopes, t.path(query), true).catch(async (error) => {
                // A token that does not grant pull on the source repository (or a registry that will not
                // mount across repositories) refuses the mount request, not the push: copy the bytes instead.
                if (!(error instanceof RegistryAnswerError && error.code === 'REGISTRY_AUTH'))
                    throw error;
                t.settings.options.logger?.info(`${t.registry} refused to mount ${descriptor.digest} from ${fromRepository} into ${t.repository} (${error.message}); copying it instead.`);
                return startUpload(t, what, t.pushScopes, t.path('blobs/uploads/'));
            })
            : await startUpload(t, what, t.pushScopes, t.path('blobs/uploads/'));
        if (session === 'mounted') {
            result = 'mounted';
            return;
        }
        if (fallback === undefined) {
            await cancel(t, session.location);
            result = 'not-mounted';
            return;
        }
        await upload(t, what, session, descriptor, fallback);
        result = 'uploaded';
    });
    return result;
}
async function startUpload(t, what, scopes, path, mount = false) {
    const response = await t.request({
        what,
        method: 'POST',
        url: path,
        scopes,
        headers: { 'content-length': '0' },
        body: () => Buffer.alloc(0),
        expect: mount ? [201, 202] : [202],
        // Tried again on its own: a session opened twice costs nothing (the registry expires the spare),
        // and the upload it serves is then tried as a whole only when the bytes themselves fail.
    });
    await drain(response);
    if (response.status === 201)
        return 'mounted';
    const location = header(response, 'location');
    if (location === undefined)
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${what}: 202 without a Location header.`);
    const min = Number(header(response, 'oci-chunk-min-length'));
    return { location: new URL(location, response.url), minChunk: Number.isFinite(min) && min > 0 ? min : 0 };
}
async function cancel(t, location) {
    try {
        const response = await t.request({
            what: `cancelling upload to ${t.location}`,
            method: 'DELETE',
            url: location,
            scopes: t.pushScopes,
            expect: [204, 200, 202, 404],
            retry: false,
        });
        await drain(response);
    }
    catch {
        // best effort: the registry expires abandoned sessions anyway
    }
}
async function upload(t, what, session, descriptor, source, opened) {
    try {
        const chunkSize = t.settings.options.chunkSize;
        if (chunkSize !== undefined && descriptor.size > chunkSize) {
            await uploadChunked(t, what, session, descriptor, source, Math.max(chunkSize, session.minChunk));
        }
        else {
            await uploadMonolithic(t, what, session, descriptor, opened ?? registry_blobs_open(source, descriptor, what));
        }
    }
    catch (error) {
        // A registry that fell silent would keep the cancel waiting as long again: it expires the session itself.
        if (!(error instanceof RegistrySilence))
            await cancel(t, session.location);
        // A source stream that broke mid-way (connection reset, aborted response) is worth another
        // try from a freshly opened source; our own verdicts (digest mismatch, auth, protocol) are not.
        if (!(error instanceof errors/* ArtefactsError */.E) && !(error instanceof RetryableError) && !Buffer.isBuffer(source)) {
            throw new RetryableError(`${what}: the source stream failed: ${(0,errors/* describeError */.Uc)(error)}`, undefined, undefined);
        }
        throw error;
    }
}
async function registry_blobs_open(source, descriptor, what) {
    const raw = Buffer.isBuffer(source) ? external_node_stream_.Readable.from([source]) : await source();
    // Lent chunks go out from the reader's own buffers: verified before the last one is written.
    if (!(raw instanceof external_node_stream_.Readable))
        return { lent: verifiedLent(raw, descriptor, what) };
    // A source that already verifies this digest and size (a store's getBlob) holds back its last chunk
    // until verified, so the upload can never complete with wrong bytes: no second hash pass needed.
    if (raw instanceof VerifyingStream && raw.verifies(descriptor))
        return raw;
    const verifier = new VerifyingStream(descriptor.digest, descriptor.size, what);
    (0,external_node_stream_.pipeline)(raw, verifier, () => undefined);
    return verifier;
}
function finalUrl(location, digest) {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    return url;
}
async function uploadMonolithic(t, what, session, descriptor, opened) {
    const source = await opened;
    let streamError;
    let body;
    if (source instanceof external_node_stream_.Readable) {
        // Opened ahead of the session, a short source may already have failed its verification.
        if (source.errored)
            throw source.errored;
        source.on('error', (error) => (streamError = error));
        body = source;
    }
    else {
        // The chunks' own failure (a digest mismatch, a read error) is the one reported, not the request's.
        body = {
            lent: (async function* () {
                try {
                    yield* source.lent;
                }
                catch (error) {
                    streamError = error;
                    throw error;
                }
            })(),
        };
    }
    let response;
    try {
        response = await t.request({
            what,
            method: 'PUT',
            url: finalUrl(session.location, descriptor.digest),
            scopes: t.pushScopes,
            headers: { 'content-type': 'application/octet-stream', 'content-length': String(descriptor.size) },
            body: () => body,
            expect: [201],
            retry: false,
        });
    }
    catch (error) {
        if (source instanceof external_node_stream_.Readable)
            source.destroy();
        throw streamError ?? error;
    }
    await drain(response);
    if (streamError !== undefined)
        throw streamError;
    checkCommitted(what, response, descriptor.digest);
}
function checkCommitted(what, response, digest) {
    const claimed = header(response, 'docker-content-digest');
    if (claimed !== undefined && claimed !== digest) {
        throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: the registry committed ${claimed}.`);
    }
}
async function uploadChunked(t, what, session, descriptor, source, chunkSize) {
    const opened = await registry_blobs_open(source, descriptor, what);
    // The pieces of a chunk are kept until it is full: lent chunks are copied.
    const stream = opened instanceof external_node_stream_.Readable ? opened : keptChunks(opened.lent);
    let offset = 0;
    let pending = [];
    let pendingBytes = 0;
    const flush = async (bytes) => {
        offset = await sendChunk(t, what, session, bytes, offset);
    };
    for await (const chunk of stream) {
        pending.push(chunk);
        pendingBytes += chunk.length;
        while (pendingBytes >= chunkSize) {
            const all = Buffer.concat(pending);
            await flush(all.subarray(0, chunkSize));
            const rest = all.subarray(chunkSize);
            pending = rest.length > 0 ? [rest] : [];
            pendingBytes = rest.length;
        }
    }
    if (pendingBytes > 0)
        await flush(Buffer.concat(pending));
    if (offset !== descriptor.size) {
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${what}: sent ${offset} of ${descriptor.size} bytes.`);
    }
    const response = await t.request({
        what,
        method: 'PUT',
        url: finalUrl(session.location, descriptor.digest),
        scopes: t.pushScopes,
        headers: { 'content-length': '0' },
        body: () => Buffer.alloc(0),
        expect: [201],
        retry: false,
    });
    await drain(response);
    checkCommitted(what, response, descriptor.digest);
}
/** PATCHes one chunk at `offset`; after a 416 asks the session where it is and resumes from there. */
async function sendChunk(t, what, session, bytes, offset) {
    let start = offset;
    let data = bytes;
    for (let resumes = 0;; resumes++) {
        const response = await t.request({
            what,
            method: 'PATCH',
            url: session.location,
            scopes: t.pushScopes,
            headers: {
                'content-type': 'application/octet-stream',
                'content-length': String(data.length),
                'content-range': `${start}-${start + data.length - 1}`,
            },
            body: () => data,
            expect: [202, 416],
            retry: false,
        });
        await drain(response);
        const location = header(response, 'location');
        if (location !== undefined)
            session.location = new URL(location, session.location);
        const end = start + data.length;
        if (response.status === 202) {
            const range = /^(?:bytes=)?0-(\d+)$/.exec(header(response, 'range') ?? '');
            if (range !== null && end > 1 && Number(range[1]) + 1 !== end) {
                throw new RetryableError(`${what}: the registry holds ${Number(range[1]) + 1} bytes, expected ${end}`, undefined, undefined);
            }
            return end;
        }
        if (resumes >= 3)
            throw new RetryableError(`${what}: chunk at ${start} refused (416) ${resumes + 1} times`, undefined, 416);
        const held = await uploadedBytes(t, what, session);
        if (held < offset || held > end) {
            throw new RetryableError(`${what}: the session holds ${held} bytes, outside the chunk being sent`, undefined, 416);
        }
        if (held === end)
            return end;
        data = bytes.subarray(held - offset);
        start = held;
    }
}
async function uploadedBytes(t, what, session) {
    const response = await t.request({
        what,
        method: 'GET',
        url: session.location,
        scopes: t.pushScopes,
        expect: [204, 200],
        retry: false,
    });
    await drain(response);
    const location = header(response, 'location');
    if (location !== undefined)
        session.location = new URL(location, session.location);
    const range = /^(?:bytes=)?0-(\d+)$/.exec(header(response, 'range') ?? '');
    // distribution answers "0-0" for both 0 and 1 bytes: take the conservative reading.
    return range === null || range[1] === '0' ? 0 : Number(range[1]) + 1;
}

;// CONCATENATED MODULE: ./packages/core/src/oci/registry-referrers.ts
/**
 * Referrers in a registry repository: the referrers API (`/v2/<name>/referrers/<digest>`), and the
 * fallback index (`sha256-<hex>` tag) of registries without it.
 *
 * Whether a registry offers the referrers API is asked once per registry and RegistryClient; the
 * answer is kept in the map the client passes in (RegistryClient.referrersApi).
 *
 * The fallback index: one index per subject, shared by every process that pushes a referrer of that
 * subject, written by read-merge-write. Registries offer no conditional write, so a writer that read
 * before ours landed can put back an index without our entry. The rule that makes an entry hold:
 *
 * - a writer never sends an index built from a read older than STALE_MS: the age is checked when
 *   the bytes are about to go out (after any credentials were fetched), and a stale index is not
 *   sent but read again; it is sent once (no request-level retry, which would send an old read later);
 * - after its write, it waits a settle delay (STALE_MS plus the time a write takes to land, taken
 *   as four times our own write's round trip and at least MIN_LANDING_MS) and reads again: every
 *   writer that read before ours landed has sent within STALE_MS of that read, so it has landed by then;
 * - what is missing is added again, and so on until one read after a settle holds every entry. The
 *   settles after a lost entry get jitter, so writers that keep colliding stop re-reading together.
 *
 * The process-wide referrers queue (`fallbackQueues` below) is module state, shared by every
 * RegistryClient and repository in this process, not per client: the writers of one index
 * (keyed `<registry>/<repository>@<subject>`) queue behind each other, and each merge takes every
 * change waiting, so two clients of one process never race each other on the same index. A queue
 * exists only while its changes are being merged, and is removed when it empties.
 *
 * Referrers of one subject pushed together (an SBOM in two formats, a promotion's record and its
 * tag bindings) share one write and one settle: a manifest PUT with a subject is announced before
 * it is sent (`announceFallbackChange`), and a merge about to read waits until every announced
 * change of its index is queued or given up, so they are all taken by that read. The wait covers
 * only requests (the PUT and the referrers-API probe), never a settle, so it cannot deadlock.
 */





/** An index built from a read older than this is not sent: it is read again. */
const STALE_MS = 300;
/**
 * The least time allowed, beyond STALE_MS, for another writer's index to land after it was sent
 * (its request on the wire and the registry's commit). Our own write's round trip times four is
 * used when longer.
 */
const MIN_LANDING_MS = 200;
const MAX_SETTLE_MS = 5000;
/** Rounds (write + settle + read) before giving up, and the time they may take together. */
const MAX_ROUNDS = 12;
const BUDGET_MS = 120_000;
/** The process-wide referrers queue: per fallback index, the changes waiting for its merge (see above). */
const fallbackQueues = new Map();
const registry_referrers_sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const fallbackKey = (target, subject) => `${target.location}@${subject}`;
/** Per fallback index: changes announced and not yet queued, and the merges waiting for them. */
const arriving = new Map();
/**
 * Announces a change of `subject`'s fallback index that is on its way (its manifest being pushed).
 * Call the function returned once it is queued or will not be; calls after the first do nothing.
 */
function announceFallbackChange(target, subject) {
    const key = fallbackKey(target, subject);
    const entry = arriving.get(key) ?? { count: 0, wake: [] };
    arriving.set(key, entry);
    entry.count++;
    let arrived = false;
    return () => {
        if (arrived)
            return;
        arrived = true;
        if (--entry.count > 0)
            return;
        arriving.delete(key);
        for (const wake of entry.wake.splice(0))
            wake();
    };
}
/** Resolves once no change of the index is announced and not yet queued. */
async function announcedQueued(key) {
    for (let entry = arriving.get(key); entry !== undefined; entry = arriving.get(key)) {
        const waiting = entry;
        await new Promise((resolve) => waiting.wake.push(resolve));
    }
}
/** Adds `entry` to the fallback index of `subject`; resolves once a read after a settle holds it. */
function addToFallback(target, subject, entry) {
    return enqueue(target, subject, { add: entry });
}
/** Removes `digest` from the fallback index of `subject`; resolves once a read after a settle lacks it. */
function removeFromFallback(target, subject, digest) {
    return enqueue(target, subject, { remove: digest });
}
function enqueue(target, subject, change) {
    const key = fallbackKey(target, subject);
    const running = fallbackQueues.get(key);
    const waiting = running ?? [];
    const done = new Promise((resolve, reject) => waiting.push({ ...change, resolve, reject }));
    if (running === undefined) {
        fallbackQueues.set(key, waiting);
        void registry_referrers_drain(target, key, subject, waiting);
    }
    return done;
}
async function registry_referrers_drain(target, key, subject, waiting) {
    // The check for more and the removal of the queue happen with no await between them, so a change
    // is either taken by this loop or starts a new one.
    while (waiting.length > 0) {
        const batch = [];
        // Changes are taken after each read, so those that arrive meanwhile join this merge.
        const take = () => {
            batch.push(...waiting.splice(0));
            return batch;
        };
        try {
            await merge(target, key, subject, take);
            for (const w of batch)
                w.resolve();
        }
        catch (error) {
            if (batch.length === 0)
                take();
            for (const w of batch)
                w.reject(error);
        }
    }
    fallbackQueues.delete(key);
}
async function merge(target, key, subject, take) {
    const tag = referrersTag(subject);
    const started = Date.now();
    let lastProblem = 'no round was tried';
    /** Rounds whose read took too long to be merged, and the longest of those reads. */
    let slowReads = 0;
    let slowestMs = 0;
    /** Reads after a write that landed (201) which found an entry missing again: other writers at work. */
    let lost = 0;
    /** Whether the last round's write was answered as landed, and the last failure of the registry. */
    let wrote = false;
    let failure;
    for (let round = 1; round <= MAX_ROUNDS && Date.now() - started < BUDGET_MS; round++) {
        // Changes on their way join this read rather than the next merge (and its settle).
        await announcedQueued(key);
        const readAt = Date.now();
        let current;
        try {
            current = await target.readFallback(tag);
        }
        catch (error) {
            // A read that failed through all its own tries (REGISTRY_UNAVAILABLE) is the registry failing,
            // not contention: said as it is, at once, rather than tried for rounds more and blamed on others.
            if (!(error instanceof RetryableError))
                throw error;
            lastProblem = error.message;
            failure = error;
            wrote = false;
            await registry_referrers_sleep(jitter(200 * round));
            continue;
        }
        const changes = take();
        // The last change asked for a digest wins (a referrer withdrawn after it was added is removed).
        const wanted = new Map();
        for (const c of changes) {
            if (c.add !== undefined)
                wanted.set(c.add.digest, c.add);
            if (c.remove !== undefined)
                wanted.set(c.remove, undefined);
        }
        const has = (d) => current.some((e) => e.digest === d);
        const missing = [...wanted.values()].filter((e) => e !== undefined && !has(e.digest));
        const unwanted = [...wanted.entries()].filter(([d, e]) => e === undefined && has(d)).map(([d]) => d);
        // Holds: the first read found it so (another writer confirms its own), or the read after a settle did.
        if (missing.length === 0 && unwanted.length === 0)
            return;
        if (wrote)
            lost++;
        wrote = false;
        const readMs = Date.now() - readAt;
        if (readMs > STALE_MS) {
            lastProblem = `the index read took more than ${STALE_MS} ms to merge`;
            slowReads++;
            slowestMs = Math.max(slowestMs, readMs);
            continue;
        }
        const index = {
            schemaVersion: 2,
            mediaType: media_MEDIA.ociIndex,
            manifests: [...current.filter((e) => !unwanted.includes(e.digest)), ...missing],
        };
        const writeAt = Date.now();
        try {
            await target.writeFallback(tag, index, readAt + STALE_MS);
            wrote = true;
        }
        catch (error) {
            if (error instanceof StaleIndexError) {
                // Nothing was sent: read again at once.
                lastProblem = error.message;
                continue;
            }
            if (!(error instanceof RetryableError))
                throw error;
            // The write may or may not have landed: the read after the settle tells.
            lastProblem = error.message;
            failure = error;
        }
        const settle = Math.min(MAX_SETTLE_MS, STALE_MS + Math.max(MIN_LANDING_MS, 4 * (Date.now() - writeAt)));
        // The first settle is exact; once an entry was lost or a write failed, writers are contending.
        await registry_referrers_sleep(round === 1 ? settle : jitter(settle));
    }
    if (slowReads > MAX_ROUNDS / 2) {
        // Not a contention: this registry answers too slowly for any write to be confirmed safely.
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `updating referrers tag ${target.location}:${tag}: ${slowReads} of its reads took longer than the ${STALE_MS} ms within which an index must be written after it is read (the slowest ${slowestMs} ms), so no write could be made safe against concurrent writers; the referrer is not in the index.`, {
            hint: 'This registry has no referrers API and answers too slowly here for the fallback index: use a registry (or a mirror of it) that offers the referrers API, or run the step nearer the registry.',
        });
    }
    if (lost === 0 && failure !== undefined) {
        // No write that landed was ever undone: the registry kept failing, and nobody else was writing.
        throw new errors/* ArtefactsError */.E('REGISTRY_UNAVAILABLE', `updating referrers tag ${target.location}:${tag} failed: the registry kept failing its reads or writes (${lastProblem}).`, { hint: 'The registry is unavailable or overloaded; try again later.', cause: failure });
    }
    throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `updating referrers tag ${target.location}:${tag}: concurrent writers kept replacing it; it did not hold after ${MAX_ROUNDS} rounds (${lastProblem}).`, {
        hint: 'The referrer may be missing from the index: run the command again once the concurrent jobs have ended, or use a registry with the referrers API.',
    });
}
/** `ms` plus up to half of it again, at random: writers that started together do not re-read together. */
function jitter(ms) {
    return Math.round(ms + Math.random() * (ms / 2));
}
// ---------------------------------------------------------------- the registry's side
/** Reads the `sha256-<hex>` fallback index (absent: empty), its body read within the retry. */
async function readFallback(t, tag) {
    const { response, bytes } = await t.requestBytes({
        what: `reading referrers tag ${t.location}:${tag}`,
        method: 'GET',
        url: t.path(`manifests/${tag}`),
        scopes: [t.pullScope],
        headers: { accept: MANIFEST_ACCEPT },
        expect: [200, 404],
    }, MAX_MANIFEST_BYTES);
    if (response.status === 404)
        return [];
    const parsed = parseManifest(bytes, `referrers tag ${t.location}:${tag}`, header(response, 'content-type'));
    if (!isIndexMediaType(parsed.mediaType)) {
        throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `referrers tag ${t.location}:${tag} holds a ${parsed.mediaType}, not an index; refusing to overwrite it.`);
    }
    return parsed.parsed.manifests;
}
/** An index that would have gone out more than STALE_MS after the read it was built from: not sent. */
class StaleIndexError extends Error {
}
/**
 * Sends a fallback index once: a retry would send an index built from an old read (see above). The
 * age is checked as the body is handed to the request, after the credentials: a token fetched first
 * (or a 401 answered with a new one) can take long enough to make the read stale.
 */
async function writeFallback(t, tag, index, notAfter) {
    const manifest = parseManifest(Buffer.from(JSON.stringify(index)), `referrers index ${tag}`);
    const what = `pushing referrers index ${t.location}:${tag}`;
    const response = await t.request({
        what,
        method: 'PUT',
        url: t.path(`manifests/${tag}`),
        scopes: t.pushScopes,
        headers: { 'content-type': manifest.mediaType, 'content-length': String(manifest.bytes.length) },
        body: () => {
            const late = Date.now() - notAfter;
            if (late > 0)
                throw new StaleIndexError(`${what}: its read would be ${STALE_MS + late} ms old when sent`);
            return manifest.bytes;
        },
        expect: [201, 200],
        retry: false,
    });
    await drain(response);
}
/**
 * Whether this registry answers the referrers API (an OCI index at /referrers/<digest>), asked once
 * per registry and run (`known` is the client's map): a registry that has it but sends no OCI-Subject
 * still needs no fallback tag.
 */
function offersReferrersApi(t, known, subject) {
    const answered = known.get(t.registry);
    if (answered !== undefined)
        return answered;
    const asked = (async () => {
        const { response } = await t.requestBytes({
            what: `asking ${t.location} for the referrers API`,
            method: 'GET',
            url: t.path(`referrers/${subject}`),
            scopes: [t.pullScope],
            headers: { accept: media_MEDIA.ociIndex },
            expect: [200, 404, 400, 405],
        }, MAX_MANIFEST_BYTES);
        return response.status === 200 && header(response, 'content-type')?.split(';')[0]?.trim() === media_MEDIA.ociIndex;
    })();
    known.set(t.registry, asked);
    asked.catch(() => known.delete(t.registry));
    return asked;
}
/**
 * Withdraws a referrer this run pushed (a promotion record of a promotion that lost its race):
 * deleted by digest where the registry allows it, and taken out of the fallback index.
 */
async function withdrawReferrer(t, target, known, subject, digest) {
    checkDigest(subject);
    checkDigest(digest);
    const response = await t.request({
        what: `deleting ${t.location}@${digest}`,
        method: 'DELETE',
        url: t.path(`manifests/${digest}`),
        scopes: t.pushScopes,
        expect: [202, 200, 204, 404, 405, 400],
    });
    await drain(response);
    if (!(await offersReferrersApi(t, known, subject)))
        await removeFromFallback(target, subject, digest);
}
/**
 * The referrers of `digest`: from the referrers API, or from the fallback index where there is none.
 * What the first page tells about the API is kept in `known` (the client's map, as offersReferrersApi
 * keeps it), so a referrer pushed after a listing asks no more; where the API is known to be absent,
 * only the fallback index is read.
 */
async function listReferrers(t, target, known, digest, artifactType) {
    checkDigest(digest);
    const what = `listing referrers of ${t.location}@${digest}`;
    const found = [];
    let url = new URL(t.path(`referrers/${digest}`), t.base);
    if (artifactType !== undefined)
        url.searchParams.set('artifactType', artifactType);
    let native = true;
    /** What the first page says of the API: unknown after a 404 for a repository not there (yet). */
    let learned;
    // Many registries (distribution 2.8 among them) have no referrers API: the fallback tag is read
    // at the same time as the API's first page, and used only when the API turns out to be absent.
    const answered = known.get(t.registry);
    const offered = answered === undefined ? undefined : await answered.catch(() => undefined);
    const fallback = offered === true ? Promise.resolve([]) : target.readFallback(referrersTag(digest));
    fallback.catch(() => undefined);
    if (offered === false) {
        native = false;
        url = undefined;
    }
    for (let page = 0; url !== undefined && page < 1000; page++) {
        const { response, bytes } = await t.requestBytes({ what, method: 'GET', url, scopes: [t.pullScope], headers: { accept: media_MEDIA.ociIndex }, expect: [200, 404] }, MAX_MANIFEST_BYTES);
        if (response.status === 404) {
            native = page > 0;
            // A registry with the API may answer NAME_UNKNOWN for a repository that does not exist yet.
            if (page === 0 && !registryError(what, 404, bytes).registryCodes.includes('NAME_UNKNOWN'))
                learned = false;
            break;
        }
        const type = header(response, 'content-type')?.split(';')[0]?.trim();
        if (type !== media_MEDIA.ociIndex) {
            // Not a referrers API (some registries answer 200 with HTML): use the fallback tag.
            native = false;
            if (page === 0)
                learned = false;
            break;
        }
        if (page === 0)
            learned = true;
        const index = parseManifest(bytes, what).parsed;
        found.push(...index.manifests);
        url = nextLink(response, url);
    }
    if (learned !== undefined && !known.has(t.registry))
        known.set(t.registry, Promise.resolve(learned));
    const all = native ? found : await fallback;
    const seen = new Set();
    return all.filter((d) => {
        if (seen.has(d.digest))
            return false;
        seen.add(d.digest);
        return artifactType === undefined || d.artifactType === artifactType;
    });
}

;// CONCATENATED MODULE: ./packages/core/src/oci/registry.ts










/**
 * Whether a manifest PUT was refused for its content as older Harbor and Quay refuse the `subject`
 * field or an artifact type they do not know: 400 MANIFEST_INVALID, or an unsupported media type.
 */
function refusedSubject(error) {
    return (error instanceof RegistryAnswerError &&
        ((error.status === 400 && error.registryCodes.includes('MANIFEST_INVALID')) ||
            error.code === 'MEDIA_TYPE_UNSUPPORTED'));
}
function configType(manifest) {
    return media_isIndex(manifest.parsed) ? undefined : manifest.parsed.config.mediaType;
}
/** Tries of a manifest PUT whose blob another upload was re-linking (see putManifest). */
const BLOB_RELINK_RETRY = { attempts: 3, baseDelayMs: 100, maxDelayMs: 400 };
class RegistryClient {
    auths = new Map();
    retry;
    /** Per registry: whether it answers the referrers API (asked once, when a push gets no OCI-Subject). */
    referrersApi = new Map();
    /** Registries that refused a manifest's `subject` field: later referrers go without it (said once). */
    refusesSubject = new Set();
    options;
    /** Connection settings not given in `options` come from `options.env` (see connection.ts). */
    constructor(options = {}) {
        const fromEnv = connectionFromEnv(options.env);
        this.options = {
            ...options,
            ...(options.tls === undefined && fromEnv.tls !== undefined ? { tls: fromEnv.tls } : {}),
            ...(options.plainHttp === undefined && fromEnv.plainHttp !== undefined ? { plainHttp: fromEnv.plainHttp } : {}),
            ...(options.timeoutMs === undefined && fromEnv.timeoutMs !== undefined ? { timeoutMs: fromEnv.timeoutMs } : {}),
        };
        this.retry = { ...DEFAULT_RETRY, ...options.retry };
    }
    /**
     * The ArtifactStore for one repository; `access` names the input that gave it and says whether it
     * may not exist yet (a destination), for the reads that tell (listTags).
     */
    repository(ref, access) {
        let auth = this.auths.get(ref.registry);
        if (auth === undefined) {
            auth = new RegistryAuth(ref.registry, this.options);
            this.auths.set(ref.registry, auth);
        }
        const plain = this.options.plainHttp;
        const listed = plain === true || (Array.isArray(plain) && (plain.includes(ref.registry) || plain.includes(ref.host)));
        const scheme = listed
            ? Promise.resolve('http')
            : isLoopback(ref.host)
                ? this.schemeOf(ref.host)
                : undefined;
        const base = new URL(`${listed ? 'http' : 'https'}://${ref.host}`);
        return new RegistryRepository(this, auth, ref, base, scheme, access);
    }
    schemes = new Map();
    /** Whether a loopback host speaks TLS, asked once per client. */
    schemeOf(host) {
        let scheme = this.schemes.get(host);
        if (scheme === undefined) {
            // Asked within the idle time (at most the probe's own 5 s): a silent host says nothing either way.
            scheme = speaksTls(host, Math.min(5_000, this.options.timeoutMs ?? 5_000)).then((yes) => yes ? 'https' : 'http');
            this.schemes.set(host, scheme);
        }
        return scheme;
    }
}
class RegistryRepository {
    client;
    access;
    location;
    registry;
    repository;
    mountScope;
    transport;
    constructor(client, auth, ref, base, scheme, access = {}) {
        this.client = client;
        this.access = access;
        this.transport = new RepositoryTransport(client, auth, ref, base, scheme);
        this.registry = ref.registry;
        this.repository = ref.repository;
        this.location = `${ref.registry}/${ref.repository}`;
        this.mountScope = { kind: 'registry', registry: ref.registry, repository: ref.repository };
    }
    // ---------------------------------------------------------------- manifests
    async resolve(reference) {
        this.checkReference(reference);
        const what = `resolving ${this.location}:${reference}`;
        const response = await this.transport.request({
            what,
            method: 'HEAD',
            url: this.transport.path(`manifests/${reference}`),
            scopes: [this.transport.pullScope],
            headers: { accept: MANIFEST_ACCEPT },
            expect: [200, 404],
        });
        await drain(response);
        if (response.status === 404)
            return undefined;
        const digest = header(response, 'docker-content-digest');
        const mediaType = header(response, 'content-type')?.split(';')[0]?.trim();
        const size = Number(header(response, 'content-length'));
        if (digest === undefined ||
            !references_isDigest(digest) ||
            mediaType === undefined ||
            !MANIFEST_MEDIA_TYPES.includes(mediaType) ||
            !Number.isFinite(size)) {
            // Some registries omit Docker-Content-Digest or send a generic type on HEAD: GET and hash the bytes.
            const manifest = await this.getManifest(reference);
            return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
        }
        if (references_isDigest(reference) && digest !== reference) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: the registry answered digest ${digest}.`);
        }
        checkManifestMediaType(mediaType, what);
        return { mediaType, digest, size };
    }
    async getManifest(reference) {
        this.checkReference(reference);
        const what = `fetching manifest ${this.location}${references_isDigest(reference) ? '@' : ':'}${reference}`;
        const { response, bytes } = await this.transport.requestBytes({
            what,
            method: 'GET',
            url: this.transport.path(`manifests/${reference}`),
            scopes: [this.transport.pullScope],
            headers: { accept: MANIFEST_ACCEPT },
            expect: [200],
        }, MAX_MANIFEST_BYTES);
        const actual = media_sha256(bytes);
        if (references_isDigest(reference) && actual !== reference) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: the bytes hash to ${actual}; refused.`);
        }
        const claimed = header(response, 'docker-content-digest');
        if (claimed !== undefined && claimed.startsWith('sha256:') && claimed !== actual) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: Docker-Content-Digest says ${claimed} but the bytes hash to ${actual}; refused.`);
        }
        return parseManifest(bytes, what, header(response, 'content-type'));
    }
    async putManifest(manifest, options = {}) {
        const subject = manifest.parsed.subject;
        if (subject === undefined) {
            await this.sendManifest(manifest, options);
            return { digest: manifest.digest, referrerIndexed: false };
        }
        // Announced until its change is queued (or not needed): referrers of the subject pushed together
        // then share one merge of the fallback index.
        const queued = announceFallbackChange(this, subject.digest);
        try {
            if (this.client.refusesSubject.has(this.registry))
                return await this.putWithoutSubject(manifest, subject.digest, options, undefined, queued);
            let response;
            try {
                response = await this.sendManifest(manifest, options);
            }
            catch (error) {
                if (!refusedSubject(error))
                    throw error;
                return await this.putWithoutSubject(manifest, subject.digest, options, error, queued);
            }
            // No OCI-Subject: the fallback tag, unless the registry offers the referrers API all the same.
            if (header(response, 'oci-subject') === undefined &&
                !(await offersReferrersApi(this.transport, this.client.referrersApi, subject.digest))) {
                const added = addToFallback(this, subject.digest, descriptorOf(manifest));
                queued();
                await added;
            }
            return { digest: manifest.digest, referrerIndexed: true };
        }
        finally {
            queued();
        }
    }
    /**
     * A referrer for a registry that refuses the `subject` field (older Harbor and Quay answer 400
     * MANIFEST_INVALID): the same manifest without it, listed in the subject's referrers tag, which
     * is where a registry without the referrers API is read. Its digest differs from the manifest's.
     * What binds a signature to its image is the signed statement, not this field (verify checks it).
     */
    async putWithoutSubject(manifest, subject, options, refusal, queued) {
        const { subject: _dropped, ...rest } = JSON.parse(manifest.bytes.toString('utf8'));
        const bare = parseManifest(Buffer.from(JSON.stringify(rest)), `${manifest.digest} without subject`);
        try {
            await this.sendManifest(bare, options);
        }
        catch (error) {
            if (!refusedSubject(error))
                throw error;
            const type = bare.parsed.artifactType ?? configType(bare);
            throw new errors/* ArtefactsError */.E('MEDIA_TYPE_UNSUPPORTED', `${this.location} refused the manifest ${manifest.digest} with and without its subject field: it does not accept the artifact type ${String(type)} (${(0,errors/* describeError */.Uc)(error)}).`, {
                hint: 'Older Harbor and Quay accept only the artifact types configured for them: allow this type in the registry, or push the referrers to a registry that accepts OCI 1.1 artifacts.',
            });
        }
        const tag = referrersTag(subject);
        // Said once per registry: later referrers go without the field from the start.
        if (refusal !== undefined && !this.client.refusesSubject.has(this.registry)) {
            this.client.refusesSubject.add(this.registry);
            this.client.options.logger?.notice(`registry ${this.registry} refused the subject field (${(0,errors/* describeError */.Uc)(refusal)}); used the referrers tag ${tag} for ${this.repository}.`);
        }
        const added = addToFallback(this, subject, descriptorOf(bare));
        queued?.();
        await added;
        return { digest: bare.digest, referrerIndexed: true };
    }
    /** One manifest PUT (by digest, or under `tag`), its bytes checked first. */
    async sendManifest(manifest, options) {
        const target = options.tag ?? manifest.digest;
        this.checkReference(target);
        const what = `pushing manifest ${manifest.digest} to ${this.location}${options.tag === undefined ? '' : `:${options.tag}`}`;
        checkManifestMediaType(manifest.mediaType, what);
        if (manifest.bytes.length > MAX_MANIFEST_BYTES) {
            throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${what}: ${manifest.bytes.length} bytes is above the 4 MiB limit.`);
        }
        if (media_sha256(manifest.bytes) !== manifest.digest) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: the bytes do not hash to ${manifest.digest}.`);
        }
        const put = () => this.transport.request({
            what,
            method: 'PUT',
            url: this.transport.path(`manifests/${target}`),
            scopes: this.transport.pushScopes,
            headers: { 'content-type': manifest.mediaType, 'content-length': String(manifest.bytes.length) },
            body: () => manifest.bytes,
            expect: [201, 200],
        });
        // distribution 2.8 answers DIGEST_INVALID + MANIFEST_BLOB_UNKNOWN for a blob that is there while
        // another upload of the same digest (a parallel job's empty config {}) re-writes its link; a moment
        // later the same PUT is accepted. A blob that is really missing is answered MANIFEST_BLOB_UNKNOWN
        // alone, and is not tried again.
        const relinking = (error) => error instanceof RegistryAnswerError &&
            error.registryCodes.includes('DIGEST_INVALID') &&
            error.registryCodes.includes('MANIFEST_BLOB_UNKNOWN');
        const response = await withRetry(what, BLOB_RELINK_RETRY, put, relinking);
        await drain(response);
        const claimed = header(response, 'docker-content-digest');
        if (claimed !== undefined && claimed !== manifest.digest) {
            throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${what}: the registry stored it as ${claimed}.`);
        }
        return response;
    }
    async putTag(tag, manifest) {
        await this.putManifest(manifest, { tag });
    }
    checkReference(reference) {
        if (!references_isDigest(reference) && !isTag(reference)) {
            throw new errors/* ArtefactsError */.E('REFERENCE_INVALID', `${JSON.stringify(reference.slice(0, 200))} is neither a tag nor a sha256 digest.`);
        }
    }
    // ---------------------------------------------------------------- referrers (registry-referrers.ts)
    /** Reads the `sha256-<hex>` fallback index (absent: empty), its body read within the retry. */
    readFallback(tag) {
        return readFallback(this.transport, tag);
    }
    /** Sends a fallback index once (a retry would send an index built from an old read), if not stale by `notAfter`. */
    writeFallback(tag, index, notAfter) {
        return writeFallback(this.transport, tag, index, notAfter);
    }
    /** Withdraws a referrer this run pushed: deleted by digest where allowed, and out of the fallback index. */
    withdrawReferrer(subject, digest) {
        return withdrawReferrer(this.transport, this, this.client.referrersApi, subject, digest);
    }
    referrers(digest, artifactType) {
        return listReferrers(this.transport, this, this.client.referrersApi, digest, artifactType);
    }
    /**
     * Every tag. A repository the registry does not know is empty only where the store was opened as
     * a destination (it is created by the first push); for a reader it is refused, naming the input,
     * so that a mistyped name never passes as a repository with no tags.
     */
    async listTags() {
        const tags = [];
        const what = `listing tags of ${this.location}`;
        let url = new URL(this.transport.path('tags/list?n=1000'), this.transport.base);
        for (let page = 0; url !== undefined && page < 10_000; page++) {
            const { response, bytes: body } = await this.transport.requestBytes({ what, method: 'GET', url, scopes: [this.transport.pullScope], expect: [200, 404] }, 64 * 1024 * 1024);
            if (response.status === 404) {
                const answer = registryError(what, 404, body);
                if (page > 0 || !isUnknownRepository(answer))
                    throw answer;
                if (this.access.create === true)
                    return tags;
                throw this.noSuchRepository(answer);
            }
            const parsed = JSON.parse(body.toString('utf8'));
            tags.push(...(parsed.tags ?? []));
            url = nextLink(response, url);
        }
        return tags;
    }
    /** A repository the registry does not know, read as if it were there: named as the layout's absent directory is. */
    noSuchRepository(answer) {
        const said = answer.registryCodes.length === 0 ? 'HTTP 404' : `HTTP 404 ${answer.registryCodes.join(', ')}`;
        const input = this.access.input === undefined ? '' : `Input '${this.access.input}': `;
        return new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `${input}${this.location}: no such repository (${this.registry} answered ${said} to listing its tags); expected a repository that exists in that registry.`, {
            hint: 'Check the repository name for a typo. Only a push (pack, promote) creates a repository; some registries (distribution) also answer this for one that holds no tag yet.',
        });
    }
    // ---------------------------------------------------------------- blobs (registry-blobs.ts)
    hasBlob(digest) {
        return hasBlob(this.transport, digest);
    }
    getBlob(descriptor) {
        return getBlob(this.transport, descriptor);
    }
    putBlob(descriptor, source) {
        return putBlob(this.transport, descriptor, source);
    }
    mountBlob(descriptor, fromRepository, fallback) {
        return mountBlob(this.transport, descriptor, fromRepository, fallback);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/oci/open.ts
/**
 * Opening a store from a reference, and a plain verified copy of a manifest tree between stores
 * (the building block under promote; promote adds the tag rule, the pool, mounts and records).
 */







/**
 * The store a reference points into: a registry repository or a layout directory. A layout follows
 * no symbolic link among its files, and is read only where one is, unless `access` says otherwise
 * (see LayoutAccess: paths.ts's linksBeneath gives an input's; a destination adds `create`). A
 * registry repository takes the same `input` and `create` (StoreAccess): one that is not there is
 * refused by a reader and empty to a destination.
 */
function openStore(reference, client = {}, access) {
    const ref = typeof reference === 'string' ? parseReference(reference) : reference;
    if (ref.kind === 'layout')
        return new LayoutStore(ref.path, access);
    const registry = client instanceof RegistryClient ? client : new RegistryClient(client);
    return registry.repository(ref, access);
}
/**
 * The credentials map entry for a registry reference when both username and password are given;
 * empty for a layout or when either is missing (the Docker config and helpers still apply).
 */
function credentialsFor(ref, username, password) {
    if (ref.kind !== 'registry' || username === undefined || password === undefined)
        return {};
    return { [ref.registry]: { username, password } };
}
/**
 * The store an action's reference input points into, opened as every action does: a layout
 * directory resolves against `cwd` (the workspace, as every other path input) and is opened as
 * `access` says (the input's linksBeneath, plus `create` for a destination), a registry gets the explicit
 * credentials (the password masked first) plus the environment and logger, and the same `access`.
 */
function storeFromInputs(ref, inputs, environment, access) {
    if (ref.kind === 'layout')
        return openStore({ ...ref, path: external_node_path_default().resolve(environment.cwd, ref.path) }, {}, access);
    const credentials = credentialsFor(ref, inputs.registryUsername, inputs.registryPassword);
    if (Object.keys(credentials).length > 0)
        environment.logger.secret(inputs.registryPassword);
    return openStore(ref, { credentials, env: { ...environment.env }, logger: environment.logger }, access);
}
/**
 * Copies the manifest tree under `digest` (children first, exact bytes, every digest verified)
 * and tags it last when `tag` is given. Blobs already present at the destination are skipped.
 */
async function copyTree(source, destination, digest, options = {}) {
    const stats = { manifests: 0, blobsCopied: 0, blobsSkipped: 0, bytesCopied: 0 };
    const done = new Set();
    const copyBlob = async (d) => {
        if (done.has(d.digest))
            return;
        done.add(d.digest);
        if ((await destination.hasBlob(d.digest)) !== undefined) {
            stats.blobsSkipped++;
            return;
        }
        await destination.putBlob(d, () => blobBody(source, d));
        stats.blobsCopied++;
        stats.bytesCopied += d.size;
    };
    const walk = async (ref) => {
        const manifest = await source.getManifest(ref);
        const children = childDescriptors(manifest);
        for (const blob of children.blobs)
            await copyBlob(blob);
        for (const child of children.manifests) {
            const copied = await walk(child.digest);
            if (copied.digest !== child.digest) {
                throw new ArtefactsError('DIGEST_MISMATCH', `child manifest ${child.digest} read back as ${copied.digest}.`);
            }
        }
        await destination.putManifest(manifest);
        stats.manifests++;
        return manifest;
    };
    const manifest = await walk(digest);
    if (options.tag !== undefined)
        await destination.putTag(options.tag, manifest);
    return { manifest, stats };
}
/** A container image config larger than this is not read for its platform (a config is a few KiB). */
const MAX_CONFIG_BYTES = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
const CONTAINER_CONFIGS = [media_MEDIA.ociConfig, media_MEDIA.dockerConfig];
/**
 * The platform a single-platform image's config names (`os`, `architecture`, `variant`), or
 * undefined when the manifest is no container image (an artefact's empty or own config) or its
 * config names none. A container config that is not JSON is refused (REGISTRY_PROTOCOL).
 */
async function configPlatform(store, manifest) {
    if (isIndex(manifest.parsed))
        return undefined;
    const config = manifest.parsed.config;
    if (!CONTAINER_CONFIGS.includes(config.mediaType))
        return undefined;
    if (config.size > MAX_CONFIG_BYTES)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse((await readBlob(store, config)).toString('utf8'));
    }
    catch (error) {
        if (error instanceof ArtefactsError)
            throw error;
        throw new ArtefactsError('REGISTRY_PROTOCOL', `${store.location}: image config ${config.digest} is not JSON.`, {
            cause: error,
        });
    }
    if (parsed === null || typeof parsed.os !== 'string' || typeof parsed.architecture !== 'string')
        return undefined;
    return {
        os: parsed.os,
        architecture: parsed.architecture,
        ...(typeof parsed.variant === 'string' && parsed.variant !== '' ? { variant: parsed.variant } : {}),
    };
}
/** Reads a whole (small) blob, verified. */
async function readBlob(store, descriptor) {
    const stream = await store.getBlob(descriptor);
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./packages/core/src/oci/builder.ts
/**
 * Assembles OCI images in code, into an OCI image layout: tar layers (gzip or plain) from given
 * files or of random, incompressible content of a given size, the image config, single-platform
 * manifests and multi-platform indexes. Streams throughout, so a 1 GB layer never sits in memory.
 */







function octal(value, width) {
    return value.toString(8).padStart(width - 1, '0') + '\0';
}
/**
 * A ustar header: a regular file (default) or a directory, owner 0/0 without names, mtime in
 * seconds (default 0). Throws when the name cannot be stored in ustar's 100 + 155 byte fields.
 */
function tarHeader(name, size, mode = 0o644, options = {}) {
    const header = Buffer.alloc(512, 0);
    let prefix = '';
    let base = name;
    if (Buffer.byteLength(name) > 100) {
        const cut = name.lastIndexOf('/', 155);
        prefix = cut > 0 ? name.slice(0, cut) : '';
        base = cut > 0 ? name.slice(cut + 1) : name;
    }
    if (Buffer.byteLength(base) > 100 || Buffer.byteLength(prefix) > 155 || base === '') {
        throw new ArtefactsError('UNSUPPORTED', `Path ${JSON.stringify(name.slice(0, 300))} is too long for a ustar entry (name 100 bytes, directory prefix 155).`);
    }
    header.write(base, 0, 100, 'utf8');
    header.write(octal(mode, 8), 100, 'ascii');
    header.write(octal(0, 8), 108, 'ascii');
    header.write(octal(0, 8), 116, 'ascii');
    header.write(octal(size, 12), 124, 'ascii');
    header.write(octal(Math.max(0, Math.floor(options.mtime ?? 0)), 12), 136, 'ascii');
    header.write('        ', 148, 'ascii');
    header.write(options.type === 'directory' ? '5' : '0', 156, 'ascii');
    header.write('ustar\u000000', 257, 'ascii');
    header.write(prefix, 345, 155, 'utf8');
    let sum = 0;
    for (const byte of header)
        sum += byte;
    header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
    return header;
}
async function* tarEntries(spec) {
    const pad = (size) => Buffer.alloc((512 - (size % 512)) % 512, 0);
    for (const [name, file] of Object.entries(spec.files ?? {}).sort(([a], [b]) => compareText(a, b))) {
        const { content, mode } = typeof file === 'string' || Buffer.isBuffer(file) ? { content: file, mode: 0o644 } : file;
        const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
        yield tarHeader(name.replace(/^\/+/, ''), bytes.length, mode);
        yield bytes;
        yield pad(bytes.length);
    }
    if (spec.randomBytes !== undefined && spec.randomBytes > 0) {
        yield tarHeader(`random-${randomBytes(6).toString('hex')}.bin`, spec.randomBytes);
        for (let left = spec.randomBytes; left > 0; left -= 1 << 20)
            yield randomBytes(Math.min(left, 1 << 20));
        yield pad(spec.randomBytes);
    }
    yield Buffer.alloc(1024, 0);
}
/** Writes one layer to the layout; answers its descriptor and diff_id (sha256 of the uncompressed tar). */
async function buildLayer(store, spec) {
    const tee = new Hasher();
    const gzip = (spec.compression ?? 'gzip') === 'gzip';
    const tar = Readable.from(tarEntries(spec)).pipe(tee);
    const { digest, size } = await store.writeBlob(gzip ? tar.pipe(zlib().createGzip({ level: 1, chunkSize: FILE_CHUNK })) : tar);
    return {
        descriptor: { mediaType: gzip ? MEDIA.ociLayerGzip : MEDIA.ociLayerTar, digest, size },
        diffId: tee.result().digest,
    };
}
/** Builds a single-platform image into the layout (tagged when `tag` is given); answers its manifest. */
async function buildImage(store, spec, options = {}) {
    const platform = spec.platform ?? { architecture: 'amd64', os: 'linux' };
    const layers = [];
    const diffIds = [];
    for (const layer of spec.layers) {
        const built = await buildLayer(store, layer);
        layers.push(built.descriptor);
        diffIds.push(built.diffId);
    }
    const config = Buffer.from(JSON.stringify({
        ...(spec.created === undefined ? {} : { created: spec.created }),
        ...platform,
        config: spec.config ?? {},
        rootfs: { type: 'layers', diff_ids: diffIds },
    }));
    const configBlob = await store.writeBlob(config);
    const manifest = {
        schemaVersion: 2,
        mediaType: MEDIA.ociManifest,
        config: { mediaType: MEDIA.ociConfig, ...configBlob },
        layers,
        ...(spec.annotations === undefined ? {} : { annotations: spec.annotations }),
    };
    const encoded = encodeManifest(manifest);
    await store.putManifest(encoded, options);
    return encoded;
}
/** Builds a multi-platform index over images (each built with its own platform). */
async function buildIndex(store, images, options = {}) {
    const index = {
        schemaVersion: 2,
        mediaType: MEDIA.ociIndex,
        manifests: images.map(({ manifest, platform }) => ({
            mediaType: manifest.mediaType,
            digest: manifest.digest,
            size: manifest.bytes.length,
            platform,
        })),
        ...(options.annotations === undefined ? {} : { annotations: options.annotations }),
    };
    const encoded = encodeManifest(index);
    await store.putManifest(encoded, options.tag === undefined ? {} : { tag: options.tag });
    return encoded;
}
/** Builds an artifact manifest (empty config, one layer) referring to `subject`: a signature, SBOM or record. */
async function buildReferrer(store, subject, artifactType, content, annotations = {}) {
    const manifest = await prepareReferrer(store, subject, artifactType, content, annotations);
    await store.putManifest(manifest);
    return manifest;
}
/**
 * The one builder of a manifest that refers to a subject (an OCI 1.1 artifact manifest): the given
 * artifactType, the empty config, the layers, `subject` (media type, digest and size only) and
 * the annotations when there are any. Signatures, SBOM documents and promotion records all come
 * from here. The key order is fixed (schemaVersion, mediaType, artifactType, config, layers,
 * subject, annotations), as cosign writes it: the bytes, and so the digest, never change.
 * Answers the exact bytes (as a Manifest) and the descriptor an index lists it by.
 */
function referrerManifest(spec) {
    const { subject, annotations } = spec;
    const manifest = media_encodeManifest({
        schemaVersion: 2,
        mediaType: media_MEDIA.ociManifest,
        artifactType: spec.artifactType,
        config: { ...EMPTY_DESCRIPTOR },
        layers: [...spec.layers],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        ...(annotations === undefined || Object.keys(annotations).length === 0 ? {} : { annotations }),
    });
    return { manifest, descriptor: descriptorOf(manifest) };
}
/**
 * A referrer's blobs uploaded (the empty config and the content layer, together) and its manifest
 * encoded but not yet written: the caller decides when the referrer becomes visible.
 */
async function prepareReferrer(store, subject, artifactType, content, annotations = {}) {
    const layer = { mediaType: content.mediaType, digest: sha256(content.bytes), size: content.bytes.length };
    // The empty config is usually there already (every referrer shares it): one HEAD instead of an upload.
    await Promise.all([
        store
            .hasBlob(EMPTY_DIGEST)
            .then((has) => has === undefined ? store.putBlob({ digest: EMPTY_DIGEST, size: EMPTY_JSON.length }, EMPTY_JSON) : undefined),
        store.putBlob(layer, content.bytes),
    ]);
    return referrerManifest({ artifactType, layers: [layer], subject, annotations }).manifest;
}

;// CONCATENATED MODULE: ./packages/core/src/sign/artifact-types.ts
/**
 * The names under which Sigstore bundles are attached to a digest, in a module with no imports, so
 * that code which only recognises attachments (promote's records, `artefacts tree`) does not load
 * @sigstore/bundle at start-up. packages/core/test/sign/referrer.test.ts checks the media type
 * against @sigstore/bundle's own.
 */
/** A Sigstore bundle v0.3 (cosign v3's referrer artifactType). */
const SIGSTORE_BUNDLE_ARTIFACT_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The annotation of a bundle referrer that names the in-toto predicate type inside it. */
const ANNOTATION_PREDICATE = 'dev.sigstore.bundle.predicateType';

;// CONCATENATED MODULE: ./packages/core/src/sign/referrer.ts
/**
 * How signatures and attestations live in a registry, as pure data (the registry client moves the
 * bytes). Two layouts:
 *
 * - cosign v3 (default): each Sigstore bundle is an OCI artifact manifest referring to the image
 *   (https://github.com/sigstore/cosign/blob/main/specs/BUNDLE_SPEC.md): artifactType = the bundle
 *   media type, config = the empty descriptor, one layer = the bundle JSON, subject = the image,
 *   annotations dev.sigstore.bundle.content / .predicateType / org.opencontainers.image.created.
 *   Found through the referrers API, or the fallback tag `sha256-<hex>` (an index of descriptors).
 * - cosign v2 legacy: tag `sha256-<hex>.sig`, a manifest whose layers are "simple signing"
 *   payloads, each signed (ECDSA, base64 DER) in the annotation dev.cosignproject.cosign/signature.
 */








const SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
const ANNOTATION_CONTENT = 'dev.sigstore.bundle.content';
const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
function blob(mediaType, data, annotations) {
    return {
        descriptor: { mediaType, digest: media_sha256(data), size: data.length, ...(annotations ? { annotations } : {}) },
        data,
    };
}
/** The empty config blob (`{}`) every referrer names, pushed along with it. */
const EMPTY_CONFIG = { descriptor: EMPTY_DESCRIPTOR, data: media_EMPTY_JSON };
/** The content annotation value and predicate type of a bundle. */
function bundleContent(bundle) {
    if (bundle.dsseEnvelope) {
        let predicateType;
        if (bundle.dsseEnvelope.payloadType === INTOTO_PAYLOAD_TYPE) {
            try {
                const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
                if (typeof statement.predicateType === 'string')
                    predicateType = statement.predicateType;
            }
            catch {
                // Not JSON: no predicate type annotation; verification will reject it anyway.
            }
        }
        return { content: 'dsse-envelope', ...(predicateType ? { predicateType } : {}) };
    }
    return { content: 'message-signature' };
}
/**
 * The cosign v3 referrer for one bundle about `subject` (the image's descriptor: digest, size and
 * media type as the registry serves it). `created` defaults to now; pass a fixed date to be reproducible.
 */
function bundleReferrer(bundle, subject, created = new Date()) {
    const mediaType = bundle.mediaType ?? '';
    if (mediaType !== dist.BUNDLE_V03_MEDIA_TYPE) {
        throw new errors/* ArtefactsError */.E('INTERNAL', `Only v0.3 bundles are pushed as referrers (got ${mediaType}).`);
    }
    media_digestHex(subject.digest);
    const data = Buffer.from(bundleText(bundle));
    const layer = blob(dist.BUNDLE_V03_MEDIA_TYPE, data);
    const titled = {
        ...layer.descriptor,
        annotations: { [ANNOTATION_TITLE]: `${layer.descriptor.digest.replace(':', '-')}.sigstore.json` },
    };
    const { content, predicateType } = bundleContent(bundle);
    const annotations = {
        [ANNOTATION_CONTENT]: content,
        ...(predicateType ? { [ANNOTATION_PREDICATE]: predicateType } : {}),
        [ANNOTATION_CREATED]: created.toISOString(),
    };
    const { manifest, descriptor } = referrerManifest({
        artifactType: dist.BUNDLE_V03_MEDIA_TYPE,
        layers: [titled],
        subject,
        annotations,
    });
    return { manifest: manifest.bytes, descriptor, blobs: [EMPTY_CONFIG, { descriptor: titled, data }] };
}
/** The referrers fallback tag (`sha256-<hex>`) is the OCI layer's; re-exported for this namespace's callers. */

/** The cosign v2 signature tag: `sha256-<hex>.sig`. */
function legacySignatureTag(digest) {
    return `${referrersTag(digest)}.sig`;
}
/** Index entries that are Sigstore bundles (by artifactType), from a referrers index or fallback tag. */
function bundleReferrers(index) {
    const manifests = index?.manifests;
    if (!Array.isArray(manifests))
        return [];
    return manifests.filter((d) => d && typeof d.digest === 'string' && d.artifactType === dist.BUNDLE_V03_MEDIA_TYPE);
}
/**
 * Reads one referrer manifest (its exact bytes, as fetched by digest) and returns the bundle JSON
 * text from its layer, after checking that it refers to `subjectDigest` and that the layer bytes
 * match their digest. Any mismatch is VERIFICATION_FAILED naming the referrer.
 */
async function readBundleReferrer(manifestBytes, subjectDigest, fetchBlob) {
    const name = media_sha256(manifestBytes);
    const fail = (why) => new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `Referrer ${name}: ${why}.`);
    let manifest;
    try {
        manifest = JSON.parse(manifestBytes.toString('utf8'));
    }
    catch {
        throw fail('not JSON');
    }
    if (manifest.artifactType !== dist.BUNDLE_V03_MEDIA_TYPE)
        throw fail(`artifactType is ${String(manifest.artifactType)}, not a Sigstore bundle`);
    // No subject at all: a registry that refuses the field got the referrer without it, listed in the
    // subject's referrers tag; the signed statement still has to name the digest (verifyStatements).
    if (manifest.subject !== undefined && manifest.subject.digest !== `sha256:${media_digestHex(subjectDigest)}`) {
        throw fail(`its subject is ${String(manifest.subject?.digest)}, not ${subjectDigest}`);
    }
    const layer = manifest.layers?.[0];
    if (manifest.layers?.length !== 1 || !layer || layer.mediaType !== dist.BUNDLE_V03_MEDIA_TYPE) {
        throw fail('expected exactly one layer of type application/vnd.dev.sigstore.bundle.v0.3+json');
    }
    const data = await fetchBlob(layer);
    if (media_sha256(data) !== layer.digest)
        throw fail(`the bundle layer does not match its digest ${layer.digest}`);
    return data.toString('utf8');
}
/** cosign's "simple signing" payload binding a signature to an image digest. */
function legacySignaturePayload(dockerReference, digest) {
    return Buffer.from(JSON.stringify({
        critical: {
            identity: { 'docker-reference': dockerReference },
            image: { 'docker-manifest-digest': `sha256:${media_digestHex(digest)}` },
            type: 'cosign container image signature',
        },
        optional: null,
    }));
}
/**
 * The cosign v2 `.sig` manifest for one key-based signature (the layout cosign v2 writes: one
 * simple-signing layer with the base64 signature annotation; a config listing the layer's diff ID).
 */
function legacySignatureManifest(dockerReference, digest, key) {
    const payload = legacySignaturePayload(dockerReference, digest);
    const signature = (0,external_node_crypto_.sign)('sha256', payload, key.privateKey).toString('base64');
    const layer = blob(SIMPLE_SIGNING, payload, { [ANNOTATION_SIGNATURE]: signature });
    const config = blob(media_MEDIA.ociConfig, Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: [layer.descriptor.digest] },
        config: {},
    })));
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: media_MEDIA.ociManifest,
        config: config.descriptor,
        layers: [layer.descriptor],
    }));
    return {
        manifest,
        descriptor: { mediaType: media_MEDIA.ociManifest, digest: media_sha256(manifest), size: manifest.length },
        blobs: [config, layer],
    };
}
/**
 * Checks one legacy signature layer: the signature verifies over the payload bytes with `key`,
 * and the payload names `digest`. Returns false when the signature does not verify; throws
 * VERIFICATION_FAILED when a valid signature is about another image (a moved signature).
 */
function verifyLegacySignature(payload, signatureB64, key, digest) {
    let ok;
    try {
        ok = (0,external_node_crypto_.verify)('sha256', payload, key.publicKey, Buffer.from(signatureB64, 'base64'));
    }
    catch {
        ok = false;
    }
    if (!ok)
        return false;
    let claimed;
    try {
        claimed = JSON.parse(payload.toString('utf8')).critical?.image?.['docker-manifest-digest'];
    }
    catch {
        claimed = undefined;
    }
    if (claimed !== `sha256:${media_digestHex(digest)}`) {
        throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `The legacy signature is for ${String(claimed)}, not ${digest}.`);
    }
    return true;
}

// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __nccwpck_require__(4187);
;// CONCATENATED MODULE: ./packages/core/src/sign/ecdsa.ts
const CURVES = {
    'P-256': {
        p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
        a: 0xffffffff00000001000000000000000000000000fffffffffffffffffffffffcn,
        n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
        gx: 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
        gy: 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n,
    },
    'P-384': {
        p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
        a: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffcn,
        n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
        gx: 0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7n,
        gy: 0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5fn,
    },
};
const mod = (a, m) => ((a % m) + m) % m;
function inverse(a, m) {
    let [r0, r1] = [mod(a, m), m];
    let [s0, s1] = [1n, 0n];
    while (r1 !== 0n) {
        const q = r0 / r1;
        [r0, r1] = [r1, r0 - q * r1];
        [s0, s1] = [s1, s0 - q * s1];
    }
    return mod(s0, m);
}
function add(c, P, Q) {
    if (P === null)
        return Q;
    if (Q === null)
        return P;
    if (P.x === Q.x && mod(P.y + Q.y, c.p) === 0n)
        return null;
    const slope = P.x === Q.x && P.y === Q.y
        ? mod((3n * P.x * P.x + c.a) * inverse(2n * P.y, c.p), c.p)
        : mod((Q.y - P.y) * inverse(Q.x - P.x, c.p), c.p);
    const x = mod(slope * slope - P.x - Q.x, c.p);
    return { x, y: mod(slope * (P.x - x) - P.y, c.p) };
}
function multiply(c, k, P) {
    let result = null;
    let addend = P;
    for (let e = k; e > 0n; e >>= 1n) {
        if (e & 1n)
            result = add(c, result, addend);
        addend = add(c, addend, addend);
    }
    return result;
}
const toBigInt = (bytes) => (bytes.length === 0 ? 0n : BigInt(`0x${bytes.toString('hex')}`));
/** r and s from an ASN.1 DER `SEQUENCE { INTEGER r, INTEGER s }`; undefined when it is not one. */
function derSignature(signature) {
    let offset = 0;
    const length = () => {
        const first = signature[offset++];
        if (first === undefined)
            return undefined;
        if (first < 0x80)
            return first;
        const count = first & 0x7f;
        if (count === 0 || count > 2)
            return undefined;
        let value = 0;
        for (let i = 0; i < count; i++)
            value = (value << 8) | (signature[offset++] ?? 0);
        return value;
    };
    if (signature[offset++] !== 0x30)
        return undefined;
    const total = length();
    if (total === undefined || offset + total !== signature.length)
        return undefined;
    const integer = () => {
        if (signature[offset++] !== 0x02)
            return undefined;
        const size = length();
        if (size === undefined || size === 0 || offset + size > signature.length)
            return undefined;
        const value = toBigInt(signature.subarray(offset, offset + size));
        offset += size;
        return value;
    };
    const r = integer();
    const s = integer();
    if (r === undefined || s === undefined || offset !== signature.length)
        return undefined;
    return { r, s };
}
/** True when the curve is one this module verifies digests for. */
function verifiesDigests(key) {
    return key.asymmetricKeyType === 'ec' && CURVES[String(key.export({ format: 'jwk' }).crv)] !== undefined;
}
/** Verifies a DER ECDSA signature over `digest` (already hashed, e.g. the 32 bytes of a sha256). */
function verifyDigestSignature(key, digest, signature) {
    if (key.asymmetricKeyType !== 'ec')
        return false;
    const jwk = key.export({ format: 'jwk' });
    const curve = CURVES[String(jwk.crv)];
    if (!curve || !jwk.x || !jwk.y)
        return false;
    const rs = derSignature(signature);
    if (!rs)
        return false;
    const { r, s } = rs;
    if (r <= 0n || r >= curve.n || s <= 0n || s >= curve.n)
        return false;
    // The leftmost bits of the digest, as many as the order has.
    const bits = curve.n.toString(2).length;
    let e = toBigInt(digest);
    if (digest.length * 8 > bits)
        e >>= BigInt(digest.length * 8 - bits);
    const w = inverse(s, curve.n);
    const Q = { x: toBigInt(Buffer.from(jwk.x, 'base64url')), y: toBigInt(Buffer.from(jwk.y, 'base64url')) };
    const point = add(curve, multiply(curve, mod(e * w, curve.n), { x: curve.gx, y: curve.gy }), multiply(curve, mod(r * w, curve.n), Q));
    return point !== null && mod(point.x, curve.n) === r;
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __nccwpck_require__(9654);
;// CONCATENATED MODULE: ./packages/core/src/sign/trust.ts
/**
 * Trust material for @sigstore/verify: a public key (key-based, fully offline) and/or a Sigstore
 * trusted root (`trusted_root.json`: Fulcio CAs, Rekor and CT log keys, timestamp authorities).
 */





const EMPTY_ROOT = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
};
function validKey(where, key, problems) {
    if (!key) {
        problems.push(`${where}.publicKey is missing`);
        return;
    }
    if (!key.validFor?.start)
        problems.push(`${where}.publicKey.validFor.start is missing`);
    if (!key.keyDetails || PublicKeyDetails[key.keyDetails] === undefined) {
        problems.push(`${where}.publicKey.keyDetails is ${JSON.stringify(key.keyDetails ?? null)}, not a known key type`);
    }
    if (!key.rawBytes?.length) {
        problems.push(`${where}.publicKey.rawBytes is empty`);
        return;
    }
    try {
        createPublicKey({ key: Buffer.from(key.rawBytes), format: 'der', type: 'spki' });
    }
    catch (error) {
        problems.push(`${where}.publicKey.rawBytes is not a public key (${describeError(error)})`);
    }
}
function validAuthority(where, authority, problems) {
    if (!authority.validFor?.start)
        problems.push(`${where}.validFor.start is missing`);
    const certificates = authority.certChain?.certificates ?? [];
    if (certificates.length === 0)
        problems.push(`${where}.certChain has no certificate`);
    certificates.forEach((c, i) => {
        try {
            new X509Certificate(Buffer.from(c.rawBytes));
        }
        catch (error) {
            problems.push(`${where}.certChain.certificates[${i}] is not a certificate (${describeError(error)})`);
        }
    });
}
/**
 * Every entry a trusted root lists must be usable: logs with a known key type, a key and the
 * start of its validity; certificate and timestamp authorities with a certificate chain and the
 * start of their validity. A root that fails this is refused before any signature is checked.
 */
function rootProblems(root) {
    const problems = [];
    root.tlogs.forEach((t, i) => {
        validKey(`tlogs[${i}]`, t.publicKey, problems);
        if (!t.logId?.keyId?.length)
            problems.push(`tlogs[${i}].logId.keyId is empty`);
    });
    root.ctlogs.forEach((t, i) => {
        validKey(`ctlogs[${i}]`, t.publicKey, problems);
        if (!t.logId?.keyId?.length)
            problems.push(`ctlogs[${i}].logId.keyId is empty`);
    });
    root.certificateAuthorities.forEach((a, i) => validAuthority(`certificateAuthorities[${i}]`, a, problems));
    root.timestampAuthorities.forEach((a, i) => validAuthority(`timestampAuthorities[${i}]`, a, problems));
    return problems;
}
/** Parses a `trusted_root.json` document (sigstore's TrustedRoot, protobuf JSON form), failing closed on a malformed one. */
function parseTrustedRoot(json) {
    try {
        const value = typeof json === 'string' ? JSON.parse(json) : json;
        const root = TrustedRoot.fromJSON(value);
        if (!root.mediaType?.startsWith('application/vnd.dev.sigstore.trustedroot')) {
            throw new Error(`mediaType is ${JSON.stringify(root.mediaType)}`);
        }
        const problems = rootProblems(root);
        if (problems.length > 0)
            throw new Error(`malformed: ${problems.join('; ')}`);
        return root;
    }
    catch (error) {
        throw new ArtefactsError('VERIFICATION_FAILED', `Not a Sigstore trusted root: ${describeError(error)}.`, {
            hint: 'Give the trusted_root.json of the Sigstore instance (e.g. `cosign trusted-root create` or the TUF repository).',
        });
    }
}
/**
 * Reads and checks a trusted_root.json. A read that fails is `named(error)` where that is an
 * ArtefactsError (the input that gave the path: absent, unreadable), else IO_FAILED naming the file.
 */
async function trust_readTrustedRoot(path, named) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        const told = named?.(error);
        if (told instanceof ArtefactsError)
            throw told;
        throw new ArtefactsError('IO_FAILED', `Cannot read the trusted root ${path}: ${describeError(error)}.`);
    }
    return parseTrustedRoot(text);
}
/**
 * Trust material for verification. With a key, the bundle's key hint is ignored (as `cosign verify
 * --key` does): every bundle is checked against that one key.
 */
function trustMaterial(options) {
    const root = options.root ?? protobuf_specs_dist.TrustedRoot.fromJSON(EMPTY_ROOT);
    const key = options.key;
    return (0,verify_dist/* toTrustMaterial */.jO)(root, (hint) => {
        if (!key) {
            throw new errors/* ArtefactsError */.E('VERIFICATION_FAILED', `The bundle is signed with a key (hint ${hint || 'none'}) but no key was given.`);
        }
        return { publicKey: key.publicKey, validFor: () => true };
    });
}

;// CONCATENATED MODULE: ./packages/core/src/sign/verify-policy.ts
/**
 * The verification policy: given the bundles found for a subject (referrers of an image digest,
 * or `.sigstore.json` files), which of them are trusted and what they say. Fails closed: when the
 * policy is not met, a VerificationFailure lists, for every bundle, which rule rejected it.
 * The verify action, `artefacts verify` and promote's `require-signature` gate all call this.
 */







/** VERIFICATION_FAILED with, for every bundle, the rule that failed. */
class VerificationFailure extends errors/* ArtefactsError */.E {
    rejections;
    /** The rule that failed overall (e.g. `predicate-type` when all bundles verified but one was missing). */
    rule;
    constructor(message, rule, rejections, hint) {
        super('VERIFICATION_FAILED', message, hint === undefined ? {} : { hint });
        this.rule = rule;
        this.rejections = rejections;
    }
}
class Rejected extends Error {
    rule;
    constructor(rule, message) {
        super(message);
        this.rule = rule;
    }
}
function checkPolicy(policy) {
    if (policy.key && policy.identity) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', 'Give either a key or a certificate identity to verify against, not both.');
    }
    if (!policy.key && !policy.identity) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', 'Nothing to verify against: give a public key, or a certificate identity and OIDC issuer.');
    }
    if (policy.identity) {
        if (!policy.identity.exact && !policy.identity.regexp) {
            throw new errors/* ArtefactsError */.E('INPUT_INVALID', 'Keyless verification needs certificate-identity or certificate-identity-regexp.');
        }
        if (!policy.identity.issuer) {
            throw new errors/* ArtefactsError */.E('INPUT_INVALID', 'Keyless verification needs certificate-oidc-issuer.');
        }
        if (!policy.trustedRoot) {
            throw new errors/* ArtefactsError */.E('INPUT_INVALID', 'Keyless verification needs a Sigstore trusted root (Fulcio CA, logs).');
        }
    }
}
function verifierFor(policy) {
    const options = policy.identity
        ? { ctlogThreshold: 1, timestampThreshold: 1, tlogThreshold: policy.requireTransparencyLog ? 1 : 0 }
        : { ctlogThreshold: 0, timestampThreshold: 0, tlogThreshold: policy.requireTransparencyLog ? 1 : 0 };
    return new verify_dist/* Verifier */.BL(trustMaterial({
        ...(policy.key ? { key: policy.key } : {}),
        ...(policy.trustedRoot ? { root: policy.trustedRoot } : {}),
    }), options);
}
const ERROR_RULES = {
    SIGNATURE_ERROR: 'signature',
    PUBLIC_KEY_ERROR: 'key',
    CERTIFICATE_ERROR: 'certificate-chain',
    TLOG_ERROR: 'transparency-log',
    TLOG_INCLUSION_PROOF_ERROR: 'transparency-log',
    TLOG_INCLUSION_PROMISE_ERROR: 'transparency-log',
    TLOG_MISSING_INCLUSION_ERROR: 'transparency-log',
    TLOG_BODY_ERROR: 'transparency-log',
    TIMESTAMP_ERROR: 'timestamp',
    UNTRUSTED_SIGNER_ERROR: 'certificate-identity',
};
/**
 * A message signature checked against a digest alone (no file bytes): the signature is verified
 * over the digest itself (ECDSA), everything else (certificate, log entries, timestamps) as usual.
 */
function overDigest(entity, digest) {
    const content = entity.signature;
    return {
        ...entity,
        signature: {
            signature: content.signature,
            compareSignature: (s) => content.compareSignature(s),
            compareDigest: (d) => content.compareDigest(d),
            compareSignedDigest: (d) => content.compareSignedDigest(d),
            verifySignature: (key) => {
                if (!verifiesDigests(key)) {
                    throw new Rejected('bundle-content', `a message signature by a ${key.asymmetricKeyType ?? 'non-ECDSA'} key cannot be checked against a digest alone; give the file`);
                }
                return verifyDigestSignature(key, digest, content.signature);
            },
        },
    };
}
/**
 * The inclusion proof's own root hash and tree size must be the signed checkpoint's: the library
 * proves inclusion against the checkpoint only, so a proof carrying other values would pass unread.
 */
function checkProofsMatchCheckpoints(entries) {
    entries.forEach((entry, i) => {
        const proof = entry.inclusionProof;
        if (!proof?.checkpoint?.envelope)
            return;
        const [, size = '', rootHash = ''] = proof.checkpoint.envelope.split('\n\n')[0].split('\n');
        if (Buffer.from(rootHash, 'base64').compare(Buffer.from(proof.rootHash)) !== 0 || size !== String(proof.treeSize)) {
            throw new Rejected('transparency-log', `log entry ${i}: the inclusion proof's root hash or tree size is not the one its checkpoint signs`);
        }
    });
}
/** Checks one bundle's cryptography and signer (not yet its content). */
function verifyEntity(verifier, bundle, policy, artifact) {
    const keyMaterial = bundle.verificationMaterial.content.$case;
    if (policy.key && keyMaterial !== 'publicKey') {
        throw new Rejected('key', 'signed with a certificate (keyless), but the policy expects the given key');
    }
    if (policy.identity && keyMaterial === 'publicKey') {
        throw new Rejected('certificate-chain', 'signed with a key, but the policy expects a keyless certificate identity');
    }
    let entity;
    try {
        entity = Buffer.isBuffer(artifact)
            ? (0,verify_dist/* toSignedEntity */.DC)(bundle, artifact)
            : artifact === undefined
                ? (0,verify_dist/* toSignedEntity */.DC)(bundle)
                : overDigest((0,verify_dist/* toSignedEntity */.DC)(bundle), artifact.digest);
    }
    catch (error) {
        throw new Rejected('bundle-format', `malformed bundle: ${(0,errors/* describeError */.Uc)(error)}`);
    }
    if (policy.key && !policy.trustedRoot) {
        // Offline key-based verification: log entries and timestamps cannot be checked without the
        // instance's keys, so they are not counted (requireTransparencyLog then fails, as it must).
        entity = { ...entity, tlogEntries: [], timestamps: [] };
    }
    checkProofsMatchCheckpoints(entity.tlogEntries);
    let signer;
    try {
        signer = verifier.verify(entity);
    }
    catch (error) {
        if (error instanceof Rejected)
            throw error;
        const code = error.code;
        if (!(error instanceof verify_dist/* VerificationError */.mk)) {
            // Not a verdict of the library but a failure inside it: a field it reads is absent or of the
            // wrong kind. That is a malformed bundle, not a bad signature.
            const field = /reading '([^']+)'/.exec((0,errors/* describeError */.Uc)(error))?.[1];
            throw new Rejected('bundle-format', `malformed bundle: the verifier could not read it${field ? ` (a field holding '${field}' is missing)` : ''}: ${(0,errors/* describeError */.Uc)(error)}`);
        }
        const rule = (typeof code === 'string' && ERROR_RULES[code]) || 'signature';
        const reason = rule === 'signature' && policy.key
            ? 'the signature does not verify with the given key (another key, or a modified payload)'
            : (0,errors/* describeError */.Uc)(error);
        throw new Rejected(rule, reason);
    }
    if (policy.key)
        return { kind: 'key', keyHint: policy.key.hint };
    const identity = signer.identity?.subjectAlternativeName ?? '';
    const issuer = signer.identity?.extensions?.issuer ?? '';
    const want = policy.identity;
    if (want.exact !== undefined && identity !== want.exact) {
        throw new Rejected('certificate-identity', `certificate identity is ${JSON.stringify(identity)}, expected ${JSON.stringify(want.exact)}`);
    }
    if (want.regexp !== undefined && !want.regexp.test(identity)) {
        throw new Rejected('certificate-identity', `certificate identity ${JSON.stringify(identity)} does not match /${want.regexp.source}/`);
    }
    if (issuer !== want.issuer) {
        throw new Rejected('certificate-oidc-issuer', `certificate OIDC issuer is ${JSON.stringify(issuer)}, expected ${JSON.stringify(want.issuer)}`);
    }
    return { kind: 'certificate', identity, issuer };
}
function tlogIndex(bundle) {
    return bundle.verificationMaterial.tlogEntries[0]?.logIndex;
}
const SIGNER_RULES = new Set([
    'key',
    'signature',
    'certificate-chain',
    'certificate-identity',
    'certificate-oidc-issuer',
]);
const SHAPE_RULES = new Set(['bundle-format', 'bundle-content', 'statement-format']);
/**
 * What to do about a failed verification, from the rules that failed: the key or identity only
 * when a signer check failed; a malformed or unexpected bundle, a log entry or a subject is a
 * different problem, and pointing at the key would send the reader the wrong way.
 */
function failureHint(rule, rejected) {
    const rules = new Set([rule, ...rejected.map((r) => r.rule)]);
    if ([...rules].some((r) => SIGNER_RULES.has(r))) {
        return 'Check the key or identity the artefact was signed with, and that the signature belongs to this digest.';
    }
    if (rules.has('transparency-log') || rules.has('timestamp')) {
        return 'Check that the trusted root is the one of the Sigstore instance that signed (its log and timestamp keys), and that the bundle was not altered.';
    }
    if (rules.has('subject-digest')) {
        return 'The signatures found are about another artefact: check that they belong to this digest or file.';
    }
    if (rules.has('predicate-type')) {
        return 'Attach an attestation of the required type, signed by the same key or identity.';
    }
    if (rejected.length > 0 && rejected.every((r) => SHAPE_RULES.has(r.rule))) {
        return 'The bundle is malformed or not of the kind expected (see each reason); produce it again with a Sigstore client.';
    }
    return 'Sign the artefact first, or check where its signatures are stored.';
}
function fail(what, rule, rejected, extra = '') {
    const lines = rejected.map((r) => `  - ${r.source}: [${r.rule}] ${r.reason}`);
    throw new VerificationFailure(`${what}${extra}${lines.length > 0 ? `\n${lines.join('\n')}` : ''}`, rule, rejected, failureHint(rule, rejected));
}
/**
 * Verifies DSSE/in-toto bundles about `subjectDigest` (sha256:<hex>). Accepts a bundle only if its
 * signature verifies under the policy AND its statement names the digest as a subject. Succeeds when
 * at least one bundle is accepted and every required predicate type is among the accepted ones.
 */
function verifyStatements(bundles, subjectDigest, policy) {
    checkPolicy(policy);
    const hex = media_digestHex(subjectDigest);
    const verifier = verifierFor(policy);
    const verified = [];
    const rejected = [];
    for (const { source, bundle: raw, created, bundleDigest } of bundles) {
        try {
            let bundle;
            try {
                bundle = bundle_parseBundle(raw);
            }
            catch (error) {
                throw new Rejected('bundle-format', (0,errors/* describeError */.Uc)(error));
            }
            if (bundle.content.$case !== 'dsseEnvelope') {
                throw new Rejected('bundle-content', 'a message signature, not a DSSE attestation (verify it against its file)');
            }
            const envelope = bundle.content.dsseEnvelope;
            if (envelope.payloadType !== INTOTO_PAYLOAD_TYPE) {
                throw new Rejected('bundle-content', `DSSE payload type is ${JSON.stringify(envelope.payloadType)}, not ${INTOTO_PAYLOAD_TYPE}`);
            }
            const signer = verifyEntity(verifier, bundle, policy);
            let statement;
            try {
                statement = parseStatement(envelope.payload);
            }
            catch (error) {
                throw new Rejected('statement-format', (0,errors/* describeError */.Uc)(error));
            }
            const sha256Of = (s) => typeof s.digest.sha256 === 'string' ? s.digest.sha256.toLowerCase() : undefined;
            if (!statement.subject.some((s) => sha256Of(s) === hex)) {
                const named = statement.subject
                    .map((s) => (sha256Of(s) ? `sha256:${sha256Of(s)}` : JSON.stringify(s.name).slice(0, 100)))
                    .join(', ');
                throw new Rejected('subject-digest', `the signed statement is about ${named || 'no subject'}, not sha256:${hex}`);
            }
            verified.push({
                source,
                statement,
                signer,
                mediaType: bundle.mediaType,
                transparencyLogIndex: tlogIndex(bundle),
                ...(created === undefined ? {} : { created }),
                ...(bundleDigest === undefined ? {} : { bundleDigest }),
            });
        }
        catch (error) {
            if (!(error instanceof Rejected))
                throw error;
            rejected.push({ source, rule: error.rule, reason: error.message });
        }
    }
    if (bundles.length === 0)
        fail(`No signature or attestation found for sha256:${hex}.`, 'policy', rejected);
    if (verified.length === 0) {
        const rule = rejected.length === 1 ? (rejected[0]?.rule ?? 'policy') : 'policy';
        fail(`No bundle for sha256:${hex} satisfies the policy (${bundles.length} checked):`, rule, rejected);
    }
    const missing = (policy.requiredPredicateTypes ?? []).filter((t) => !verified.some((v) => v.statement.predicateType === t));
    if (missing.length > 0) {
        fail(`sha256:${hex} lacks a verified attestation of type ${missing.join(', ')}.`, 'predicate-type', rejected, ` Verified: ${[...new Set(verified.map((v) => v.statement.predicateType))].join(', ')}.`);
    }
    return { verified, rejected };
}
/**
 * Verifies a bundle about one artefact: its bytes (`data`) or only its digest (`sha256:<hex>`).
 * A message signature must be over that artefact; a DSSE bundle is judged with every check an
 * image's statements get (payload type, signature over the PAE, signer, statement shape, required
 * predicate types) and must name the artefact's sha256 among its subjects.
 */
function verify_policy_verifyArtifactBundle(source, rawBundle, subject, policy) {
    checkPolicy(policy);
    const verifier = verifierFor(policy);
    const want = Buffer.from(digestHex(Buffer.isBuffer(subject) ? sha256(subject) : subject.digest), 'hex');
    let bundle;
    try {
        try {
            bundle = parseBundle(rawBundle);
        }
        catch (error) {
            throw new Rejected('bundle-format', describeError(error));
        }
        if (bundle.content.$case === 'messageSignature') {
            const got = Buffer.from(bundle.content.messageSignature.messageDigest?.digest ?? []);
            if (!want.equals(got)) {
                throw new Rejected('subject-digest', `the bundle signs sha256:${got.toString('hex')}, but the artefact is sha256:${want.toString('hex')}`);
            }
            const signer = verifyEntity(verifier, bundle, policy, Buffer.isBuffer(subject) ? subject : { digest: want });
            return { signer, kind: 'message-signature', transparencyLogIndex: tlogIndex(bundle) };
        }
    }
    catch (error) {
        if (!(error instanceof Rejected))
            throw error;
        return fail(`The signature of ${source} is not valid:`, error.rule, [
            { source, rule: error.rule, reason: error.message },
        ]);
    }
    // DSSE: the same judgement as an image's attestations, about this artefact's digest.
    const result = verifyStatements([{ source, bundle: rawBundle }], `sha256:${want.toString('hex')}`, policy);
    const verified = result.verified[0];
    return {
        signer: verified.signer,
        kind: 'dsse',
        statement: verified.statement,
        transparencyLogIndex: verified.transparencyLogIndex,
    };
}
/** What a reader of records (trace, history, audit) verified them with, in words. */
function policyText(policy) {
    if (policy === undefined)
        return 'nothing was verified: no trust options (key or certificate identity) were given';
    if (policy.key)
        return `verified with key ${policy.key.hint}`;
    const id = policy.identity;
    return `verified against identity ${id.exact ?? `/${id.regexp?.source ?? ''}/`} (issuer ${id.issuer})`;
}

;// CONCATENATED MODULE: ./packages/core/src/sign/image.ts
/**
 * Signatures in a store (registry repository or OCI layout): pushing what signImage planned, and
 * verifying an image digest against a policy from its referrers (API or fallback tag) and its
 * cosign v2 `.sig` tag. The verify action, `artefacts verify` and promote's `require-signature`
 * gate call verifyImage.
 */






/** Uploads an artefact's blobs (skipping those present) then its manifest's exact bytes. */
async function pushArtefact(store, artefact, options = {}) {
    return store.putManifest(await stageArtefact(store, artefact), options.tag === undefined ? {} : { tag: options.tag });
}
/** Uploads an artefact's blobs (skipping those present); returns its manifest, not yet pushed. */
async function stageArtefact(store, artefact) {
    await pushBlobs(store, [artefact]);
    return manifestOf(artefact);
}
/**
 * Pushes several artefacts at once: every blob first, then every manifest together, so the
 * referrers of one subject reach a registry's fallback index in one merge (one write, one settle)
 * instead of one each. Results in the order given; on a failure, once all have ended, the first
 * artefact's failure is thrown.
 */
async function pushArtefacts(store, artefacts) {
    await pushBlobs(store, artefacts);
    return allAtOnce(artefacts, (a) => store.putManifest(manifestOf(a)));
}
/** The artefacts' blobs, each digest once, concurrently (a few small ones); those present are skipped. */
async function pushBlobs(store, artefacts) {
    const blobs = new Map(artefacts.flatMap((a) => a.blobs.map((b) => [b.descriptor.digest, b])));
    await Promise.all([...blobs.values()].map(async (blob) => {
        if ((await store.hasBlob(blob.descriptor.digest)) === undefined) {
            await store.putBlob(blob.descriptor, blob.data);
        }
    }));
}
const manifestOf = (artefact) => parseManifest(artefact.manifest, `signature manifest ${artefact.descriptor.digest}`, media_MEDIA.ociManifest);
/**
 * Pushes the cosign v2 `.sig` manifest. cosign v2 appends each new signature as another layer of
 * the same tag, so an existing `.sig` manifest is merged (its layers kept, ours added unless the
 * very same signature is already there) rather than overwritten.
 */
async function pushLegacySignature(store, digest, legacy) {
    const tag = legacySignatureTag(digest);
    const existing = await store.resolve(tag);
    if (existing === undefined) {
        const pushed = await pushArtefact(store, legacy, { tag });
        return { digest: pushed.digest, merged: 0 };
    }
    const current = await store.getManifest(existing.digest);
    const currentLayers = (current.parsed.layers ?? []).filter((l) => l.mediaType === SIMPLE_SIGNING);
    const ours = legacy.blobs.find((b) => b.descriptor.mediaType === SIMPLE_SIGNING);
    const sameSignature = (l) => l.digest === ours.descriptor.digest &&
        l.annotations?.[ANNOTATION_SIGNATURE] === ours.descriptor.annotations?.[ANNOTATION_SIGNATURE];
    if (currentLayers.some(sameSignature))
        return { digest: current.digest, merged: currentLayers.length };
    const layers = [...currentLayers, ours.descriptor];
    const config = Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: layers.map(() => ({ created: '0001-01-01T00:00:00Z' })),
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
        config: {},
    }));
    const configDescriptor = { mediaType: media_MEDIA.ociConfig, digest: media_sha256(config), size: config.length };
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: media_MEDIA.ociManifest, config: configDescriptor, layers }));
    const merged = {
        manifest: bytes,
        descriptor: { mediaType: media_MEDIA.ociManifest, digest: media_sha256(bytes), size: bytes.length },
        blobs: [{ descriptor: configDescriptor, data: config }, ours],
    };
    const pushed = await pushArtefact(store, merged, { tag });
    return { digest: pushed.digest, merged: currentLayers.length };
}
function ruleOf(error) {
    if (/subject is/.test(error.message))
        return 'subject-digest';
    if (error.code === 'DIGEST_MISMATCH' || /does not match its digest/.test(error.message))
        return 'bundle-content';
    return 'bundle-format';
}
async function legacySignatures(store, digest, key, logger) {
    const accepted = [];
    const rejected = [];
    const tag = legacySignatureTag(digest);
    const found = await store.resolve(tag);
    if (found === undefined)
        return { accepted, rejected };
    const source = `${tag}`;
    if (!key) {
        rejected.push({
            source,
            rule: 'key',
            reason: 'a cosign v2 signature; only key-based policies verify the legacy format here',
        });
        return { accepted, rejected };
    }
    let manifest;
    try {
        manifest = await store.getManifest(found.digest);
    }
    catch (error) {
        rejected.push({ source, rule: 'bundle-format', reason: (0,errors/* describeError */.Uc)(error) });
        return { accepted, rejected };
    }
    const layers = (manifest.parsed.layers ?? []).filter((l) => l.mediaType === SIMPLE_SIGNING);
    for (const [i, layer] of layers.entries()) {
        const where = `${source} layer ${i + 1}`;
        const signature = layer.annotations?.[ANNOTATION_SIGNATURE];
        if (!signature) {
            rejected.push({ source: where, rule: 'bundle-format', reason: `no ${ANNOTATION_SIGNATURE} annotation` });
            continue;
        }
        try {
            const payload = await readBlob(store, layer);
            if (verifyLegacySignature(payload, signature, key, digest)) {
                accepted.push({ source: where, keyHint: key.hint });
            }
            else {
                rejected.push({
                    source: where,
                    rule: 'signature',
                    reason: 'the signature does not verify with the given key (another key, or a modified payload)',
                });
            }
        }
        catch (error) {
            const message = (0,errors/* describeError */.Uc)(error);
            rejected.push({
                source: where,
                rule: /legacy signature is for/.test(message) ? 'subject-digest' : 'bundle-content',
                reason: message,
            });
        }
    }
    logger.debug(`Legacy ${tag}: ${accepted.length} accepted, ${rejected.length} rejected.`);
    return { accepted, rejected };
}
function failure(message, rule, rejections) {
    const lines = rejections.map((r) => `  - ${r.source}: [${r.rule}] ${r.reason}`);
    return new VerificationFailure(`${message}${lines.length > 0 ? `\n${lines.join('\n')}` : ''}`, rule, rejections, failureHint(rule, rejections));
}
/**
 * Verifies an image digest against a policy: every Sigstore bundle referrer (referrers API or
 * fallback tag) and the cosign v2 `.sig` tag are read; one that fails a check (wrong subject,
 * bytes not matching their digest, bad signature, other signer) is recorded as rejected with its
 * rule. Succeeds when at least one signature is accepted and every required predicate type is
 * among the accepted statements; otherwise throws VerificationFailure naming each rejection.
 */
async function verifyImage(store, digest, policy, logger) {
    const referrers = bundleReferrers({ manifests: await store.referrers(digest) });
    logger.info(`${store.location}@${digest}: ${referrers.length} Sigstore bundle referrer(s).`);
    const sources = [];
    const early = [];
    for (const descriptor of referrers) {
        const source = `referrer ${descriptor.digest}`;
        try {
            const manifest = await store.getManifest(descriptor.digest);
            const text = await readBundleReferrer(manifest.bytes, digest, (d) => readBlob(store, d));
            let bundle;
            try {
                bundle = JSON.parse(text);
            }
            catch (error) {
                early.push({ source, rule: 'bundle-format', reason: `the bundle is not JSON (${(0,errors/* describeError */.Uc)(error)})` });
                continue;
            }
            const created = manifest.parsed.annotations?.[ANNOTATION_CREATED];
            sources.push({
                source,
                bundle,
                bundleDigest: media_sha256(Buffer.from(text, 'utf8')),
                ...(created === undefined ? {} : { created }),
            });
        }
        catch (error) {
            if (!(error instanceof errors/* ArtefactsError */.E))
                throw error;
            if (['REGISTRY_AUTH', 'REGISTRY_UNAVAILABLE'].includes(error.code))
                throw error;
            early.push({ source, rule: ruleOf(error), reason: error.message });
        }
    }
    const legacy = await legacySignatures(store, digest, policy.key, logger);
    const required = policy.requiredPredicateTypes ?? [];
    const legacyCounts = legacy.accepted.length > 0 && required.length === 0;
    const legacySigners = legacy.accepted.map((l) => l.keyHint);
    if (sources.length === 0) {
        const rejected = [...early, ...legacy.rejected];
        if (legacyCounts)
            return { digest, verified: [], legacy: legacy.accepted, rejected, signers: [...new Set(legacySigners)] };
        if (legacy.accepted.length > 0) {
            throw failure(`${digest} has a cosign v2 signature but no verified attestation of type ${required.join(', ')}.`, 'predicate-type', rejected);
        }
        const rule = rejected.length === 1 ? rejected[0].rule : 'policy';
        throw failure(rejected.length === 0
            ? `No signature or attestation found for ${digest} in ${store.location}.`
            : `No signature for ${digest} satisfies the policy (${rejected.length} checked):`, rule, rejected);
    }
    try {
        const result = verifyStatements(sources, digest, policy);
        const signers = result.verified.map((v) => v.signer.kind === 'key' ? (v.signer.keyHint ?? '') : (v.signer.identity ?? ''));
        return {
            digest,
            verified: result.verified,
            legacy: legacy.accepted,
            rejected: [...early, ...result.rejected, ...legacy.rejected],
            signers: [...new Set([...signers, ...legacySigners])],
        };
    }
    catch (error) {
        if (!(error instanceof VerificationFailure))
            throw error;
        const rejected = [...early, ...error.rejections, ...legacy.rejected];
        if (legacyCounts && error.rule !== 'predicate-type') {
            return { digest, verified: [], legacy: legacy.accepted, rejected, signers: [...new Set(legacySigners)] };
        }
        const total = sources.length + early.length;
        const rule = error.rule === 'predicate-type' ? error.rule : rejected.length === 1 ? rejected[0].rule : error.rule;
        throw failure(error.rule === 'predicate-type'
            ? error.message.split('\n')[0]
            : `No signature for ${digest} satisfies the policy (${total + legacy.rejected.length} checked):`, rule, rejected);
    }
}

// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __nccwpck_require__(668);
var nacl_fast_default = /*#__PURE__*/__nccwpck_require__.n(nacl_fast);
;// CONCATENATED MODULE: ./packages/core/src/sign/keys.ts
/**
 * Signing keys in the formats cosign reads and writes.
 *
 * cosign's private key file is a PEM block `ENCRYPTED SIGSTORE PRIVATE KEY` (cosign before 2.0
 * wrote `ENCRYPTED COSIGN PRIVATE KEY`) whose body is the JSON document of
 * go-securesystemslib's `encrypted` package:
 *   {"kdf":{"name":"scrypt","params":{"N":65536,"r":8,"p":1},"salt":"<b64>"},
 *    "cipher":{"name":"nacl/secretbox","nonce":"<b64>"},"ciphertext":"<b64>"}
 * The key is scrypt(password, salt, N, r, p) → 32 bytes; the plaintext, sealed with NaCl
 * secretbox (XSalsa20-Poly1305), is the PKCS#8 DER private key. Byte fields are standard base64
 * (Go's encoding of []byte). Public keys are SPKI `PUBLIC KEY` PEM; the key hint that bundles
 * carry is base64(sha256(SPKI DER)).
 */



const SIGSTORE_PRIVATE_KEY_PEM = 'ENCRYPTED SIGSTORE PRIVATE KEY';
const COSIGN_PRIVATE_KEY_PEM = 'ENCRYPTED COSIGN PRIVATE KEY';
/** The scrypt parameter sets go-securesystemslib accepts (legacy, standard, OWASP); anything else is refused. */
const ACCEPTED_SCRYPT = [
    { N: 32768, r: 8, p: 1 },
    { N: 65536, r: 8, p: 1 },
    { N: 131072, r: 8, p: 1 },
];
/** What cosign writes today (go-securesystemslib's `Standard`). */
const DEFAULT_SCRYPT = { N: 65536, r: 8, p: 1 };
const SALT_BYTES = 32;
const NONCE_BYTES = (nacl_fast_default()).secretbox.nonceLength; // 24
const BOX_KEY_BYTES = (nacl_fast_default()).secretbox.keyLength; // 32
/** scrypt needs 128 * N * r bytes; N=131072, r=8 is 128 MiB, above Node's 32 MiB default. */
const SCRYPT_MAXMEM = 256 * 1024 * 1024;
/** What a key input holds, as its error shows it: the path as given, or "(PEM text)" for inline PEM (never the key). */
function keySource(input, value) {
    return { input, shown: value.includes('-----BEGIN') ? '(PEM text)' : value };
}
/** base64(sha256(SPKI DER)). */
function keyHint(publicKey) {
    const der = publicKey.export({ format: 'der', type: 'spki' });
    return (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64');
}
function toSigningKey(privateKey) {
    checkKeyType(privateKey);
    const publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
    return {
        privateKey,
        publicKey,
        publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
        hint: keyHint(publicKey),
    };
}
/**
 * Only ECDSA P-256 (what cosign generates, signed with SHA-256) is accepted: other key types need
 * per-type hash choices that cosign and sigstore-js do not agree on, so they would be silently wrong.
 */
function checkKeyType(key) {
    const type = key.asymmetricKeyType;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (type !== 'ec' || curve !== 'prime256v1') {
        throw new errors/* ArtefactsError */.E('KEY_INVALID', `Unsupported key type ${type ?? 'unknown'}${curve ? ` (${curve})` : ''}: only ECDSA P-256 keys are supported.`, { hint: 'Generate one with `artefacts keygen` (or `cosign generate-key-pair`).' });
    }
}
function pemBlocks(text) {
    const blocks = [];
    const re = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const body = (m[2] ?? '').replace(/\s+/g, '');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) {
            throw new errors/* ArtefactsError */.E('KEY_INVALID', `The PEM block '${m[1]}' is not valid base64.`);
        }
        blocks.push({ type: m[1] ?? '', body: Buffer.from(body, 'base64') });
    }
    return blocks;
}
function toPem(type, der) {
    const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${type}-----\n${lines.join('\n')}\n-----END ${type}-----\n`;
}
function deriveKey(password, salt, params) {
    return new Promise((resolve, reject) => {
        (0,external_node_crypto_.scrypt)(Buffer.from(password, 'utf8'), salt, BOX_KEY_BYTES, { N: params.N, r: params.r, p: params.p, maxmem: SCRYPT_MAXMEM }, (error, key) => (error ? reject(error) : resolve(key)));
    });
}
/** go-securesystemslib `encrypted.Encrypt`: the JSON document (as bytes) sealing `plaintext` under `password`. */
async function encryptWithPassword(plaintext, password, params = DEFAULT_SCRYPT) {
    checkScryptParams(params);
    const salt = randomBytes(SALT_BYTES);
    const nonce = randomBytes(NONCE_BYTES);
    const key = await deriveKey(password, salt, params);
    const sealed = nacl.secretbox(new Uint8Array(plaintext), new Uint8Array(nonce), new Uint8Array(key));
    key.fill(0);
    // Field order as Go's encoding/json writes the struct: kdf, cipher, ciphertext.
    const document = {
        kdf: { name: 'scrypt', params: { N: params.N, r: params.r, p: params.p }, salt: salt.toString('base64') },
        cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
        ciphertext: Buffer.from(sealed).toString('base64'),
    };
    return Buffer.from(JSON.stringify(document), 'utf8');
}
function checkScryptParams(params) {
    if (!ACCEPTED_SCRYPT.some((a) => a.N === params.N && a.r === params.r && a.p === params.p)) {
        throw new errors/* ArtefactsError */.E('KEY_INVALID', `Unsupported scrypt parameters N=${params.N} r=${params.r} p=${params.p} in the encrypted key ` +
            `(accepted: ${ACCEPTED_SCRYPT.map((a) => `N=${a.N} r=${a.r} p=${a.p}`).join('; ')}).`);
    }
}
/** What to do about a password that does not open a key: `passwordInput` is the input that gives it. */
function passwordHint(passwordInput) {
    return `Give the password the key was created with (the ${passwordInput} input, or COSIGN_PASSWORD as for cosign).`;
}
/** go-securesystemslib `encrypted.Decrypt`. Wrong password → KEY_INVALID (the hint names `passwordInput`). */
async function decryptWithPassword(document, password, passwordInput = 'key-password') {
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(document).toString('utf8'));
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('KEY_INVALID', `The encrypted key is not the JSON cosign writes: ${(0,errors/* describeError */.Uc)(error)}.`);
    }
    const { kdf, cipher, ciphertext } = parsed ?? {};
    if (kdf?.name !== 'scrypt') {
        throw new errors/* ArtefactsError */.E('KEY_INVALID', `Unsupported key derivation '${String(kdf?.name)}' (expected scrypt).`);
    }
    if (cipher?.name !== 'nacl/secretbox') {
        throw new errors/* ArtefactsError */.E('KEY_INVALID', `Unsupported cipher '${String(cipher?.name)}' (expected nacl/secretbox).`);
    }
    const params = kdf.params ?? { N: 0, r: 0, p: 0 };
    checkScryptParams(params);
    const salt = Buffer.from(String(kdf.salt ?? ''), 'base64');
    const nonce = Buffer.from(String(cipher.nonce ?? ''), 'base64');
    const sealed = Buffer.from(String(ciphertext ?? ''), 'base64');
    if (nonce.length !== NONCE_BYTES || sealed.length < (nacl_fast_default()).secretbox.overheadLength || salt.length === 0) {
        throw new errors/* ArtefactsError */.E('KEY_INVALID', 'The encrypted key is damaged (salt, nonce or ciphertext has a wrong length).');
    }
    const key = await deriveKey(password, salt, params);
    const opened = nacl_fast_default().secretbox.open(new Uint8Array(sealed), new Uint8Array(nonce), new Uint8Array(key));
    key.fill(0);
    if (opened === null) {
        // cosign allows an empty password, so an empty one is tried; when it fails, none was given.
        throw new errors/* ArtefactsError */.E('KEY_INVALID', password === ''
            ? 'Cannot decrypt the private key: it is encrypted and no password was given.'
            : 'Cannot decrypt the private key: the password is wrong (or the key file is damaged).', {
            hint: passwordHint(passwordInput),
        });
    }
    return Buffer.from(opened);
}
/**
 * A key's error as its input's: `Input 'key': got "cosign.pub"; expected …`, naming the input and
 * what it held (the path, or "(PEM text)"), and the password input where the password is at fault.
 * Without a source (a key the suite holds itself) the error is left as it is.
 */
function fromSource(error, source) {
    if (source === undefined || !(error instanceof errors/* ArtefactsError */.E) || error.code !== 'KEY_INVALID')
        return error;
    const problem = error.message.charAt(0).toLowerCase() + error.message.slice(1);
    return new errors/* ArtefactsError */.E('KEY_INVALID', `Input '${source.input}': got ${JSON.stringify(source.shown)}; ${problem}`, {
        ...(error.hint === undefined ? {} : { hint: error.hint }),
        cause: error,
    });
}
/**
 * Reads a private key: cosign's encrypted PEM (both header spellings), or a plain PKCS#8 / SEC1 PEM,
 * or an `ENCRYPTED PRIVATE KEY` (PKCS#8 with a password). `password` may be empty for unencrypted keys.
 * `source` names the input the key came from in errors.
 */
async function loadPrivateKey(pem, password, source) {
    try {
        return await readPrivateKey(pem, password, source === undefined ? 'key-password' : `${source.input}-password`);
    }
    catch (error) {
        throw fromSource(error, source);
    }
}
async function readPrivateKey(pem, password, passwordInput) {
    const blocks = pemBlocks(pem);
    const block = blocks.find((b) => /PRIVATE KEY$/.test(b.type));
    if (!block) {
        const found = blocks.map((b) => b.type);
        throw new errors/* ArtefactsError */.E('KEY_INVALID', `Expected a private key in PEM (as cosign.key: -----BEGIN ${SIGSTORE_PRIVATE_KEY_PEM}-----), but ${found.length === 0
            ? 'it holds no PEM block'
            : found.includes('PUBLIC KEY')
                ? 'it holds a public key (PUBLIC KEY) where the private key is needed'
                : `it holds ${found.join(', ')}, not a private key`}.`, {
            hint: found.includes('PUBLIC KEY')
                ? 'Sign with the private key (cosign.key); its public key (cosign.pub) is the one verify takes.'
                : 'Give the private key file that `artefacts keygen` or `cosign generate-key-pair` wrote (cosign.key), or its PEM text.',
        });
    }
    if (block.type === SIGSTORE_PRIVATE_KEY_PEM || block.type === COSIGN_PRIVATE_KEY_PEM) {
        const der = await decryptWithPassword(block.body, password, passwordInput);
        return toSigningKey(parsePkcs8(der));
    }
    if (block.type === 'PRIVATE KEY' || block.type === 'EC PRIVATE KEY') {
        return toSigningKey(parseKey(() => (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem' })));
    }
    if (block.type === 'ENCRYPTED PRIVATE KEY') {
        if (password === '') {
            throw new errors/* ArtefactsError */.E('KEY_INVALID', 'The private key is encrypted and no password was given.', {
                hint: passwordHint(passwordInput),
            });
        }
        return toSigningKey(parseKey(() => (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem', passphrase: password }), 'the password is wrong or'));
    }
    throw new errors/* ArtefactsError */.E('KEY_INVALID', `Unsupported private key PEM type '${block.type}'.`, {
        hint: `Accepted: ${SIGSTORE_PRIVATE_KEY_PEM}, ${COSIGN_PRIVATE_KEY_PEM}, PRIVATE KEY (PKCS#8), EC PRIVATE KEY, ENCRYPTED PRIVATE KEY.`,
    });
}
function parsePkcs8(der) {
    return parseKey(() => (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' }));
}
function parseKey(parse, reason = '') {
    try {
        return parse();
    }
    catch (error) {
        // Node's message names the ASN.1 problem, never key material.
        throw new errors/* ArtefactsError */.E('KEY_INVALID', `Cannot read the private key: ${reason ? `${reason} ` : ''}${(0,errors/* describeError */.Uc)(error)}.`);
    }
}
/**
 * Reads an SPKI `PUBLIC KEY` PEM (or a certificate's key is NOT accepted here: give the key).
 * `source` names the input the key came from in errors.
 */
function keys_loadPublicKey(pem, source) {
    try {
        return readPublicKey(pem);
    }
    catch (error) {
        throw fromSource(error, source);
    }
}
function readPublicKey(pem) {
    const blocks = pemBlocks(pem);
    const block = blocks.find((b) => b.type === 'PUBLIC KEY');
    if (!block) {
        const found = blocks.map((b) => b.type);
        const privateKey = found.find((type) => /PRIVATE KEY$/.test(type));
        throw new ArtefactsError('KEY_INVALID', `Expected a public key in PEM (as cosign.pub: -----BEGIN PUBLIC KEY-----), but ${found.length === 0
            ? 'it holds no PEM block'
            : privateKey !== undefined
                ? `it holds a private key (${privateKey}) where the public key is needed`
                : `it holds ${found.join(', ')}, not a public key`}.`, {
            hint: privateKey !== undefined
                ? 'Give the public key (cosign.pub, written beside cosign.key); verifying never needs the private key.'
                : 'Give the public key file of the key that signed (cosign.pub), or its PEM text.',
        });
    }
    let publicKey;
    try {
        publicKey = createPublicKey({ key: block.body, format: 'der', type: 'spki' });
    }
    catch (error) {
        throw new ArtefactsError('KEY_INVALID', `Cannot read the public key: ${describeError(error)}.`);
    }
    checkKeyType(publicKey);
    return {
        publicKey,
        publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
        hint: keyHint(publicKey),
    };
}
/** cosign's private key file: PKCS#8 DER sealed under the password, PEM `ENCRYPTED SIGSTORE PRIVATE KEY`. */
async function encryptPrivateKey(privateKey, password, params = DEFAULT_SCRYPT) {
    const der = privateKey.export({ format: 'der', type: 'pkcs8' });
    try {
        return toPem(SIGSTORE_PRIVATE_KEY_PEM, await encryptWithPassword(der, password, params));
    }
    finally {
        der.fill(0);
    }
}
/** A new ECDSA P-256 key pair as cosign's generate-key-pair writes it. */
async function generateKeyPair(password) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const key = toSigningKey(privateKey);
    return {
        privateKeyPem: await encryptPrivateKey(privateKey, password),
        publicKeyPem: key.publicKeyPem,
        hint: key.hint,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/sign/oidc.ts
/**
 * The GitHub Actions OIDC token for keyless signing (what core.getIDToken('sigstore') does), and
 * which Sigstore instance a repository signs with by default.
 */


/** True when the job may ask for an OIDC token (`permissions: id-token: write`). */
function canRequestIdToken(env) {
    return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
/** Fetches an OIDC token with the given audience from the runner's token service. */
async function githubIdToken(env, audience = 'sigstore') {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !bearer) {
        throw new errors/* ArtefactsError */.E('GITHUB_PERMISSION', 'Keyless signing needs an OIDC token, and this job cannot request one.', {
            hint: 'Add `permissions: id-token: write` to the job, or sign with a key.',
        });
    }
    const target = new URL(url);
    target.searchParams.set('audience', audience);
    let response;
    try {
        response = await fetch(target, {
            headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' },
            signal: AbortSignal.timeout(30_000),
        });
    }
    catch (error) {
        throw new errors/* ArtefactsError */.E('GITHUB_API', `Cannot reach the OIDC token service: ${(0,errors/* describeError */.Uc)(error)}.`);
    }
    if (!response.ok) {
        throw new errors/* ArtefactsError */.E('GITHUB_PERMISSION', `The OIDC token service answered ${response.status}.`, {
            hint: 'Check `permissions: id-token: write` on the job.',
        });
    }
    const body = (await response.json().catch(() => ({})));
    if (typeof body.value !== 'string' || body.value === '') {
        throw new errors/* ArtefactsError */.E('GITHUB_API', 'The OIDC token service answered without a token.');
    }
    return body.value;
}
/** The claims of a JWT (not checked: Fulcio checks the token; these only describe the run). */
function tokenClaims(token) {
    const payload = token.split('.')[1] ?? '';
    try {
        const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        if (value !== null && typeof value === 'object' && !Array.isArray(value))
            return value;
    }
    catch {
        // Not a JWT: no claims.
    }
    throw new errors/* ArtefactsError */.E('GITHUB_API', 'The OIDC token service answered with a token that is not a JWT.');
}
/**
 * The default instance: public repositories use the public-good instance (Fulcio + Rekor, public
 * log); private and internal ones GitHub's own (Fulcio + timestamp authority, nothing public).
 * Unknown visibility → GitHub's, so nothing private leaks into a public log by default.
 */
function defaultSigstoreInstance(context) {
    const repository = context?.payload.repository;
    const isPublic = repository?.visibility === 'public' || repository?.private === false;
    return isPublic ? SIGSTORE_INSTANCES['public-good'] : SIGSTORE_INSTANCES.github;
}

;// CONCATENATED MODULE: ./packages/core/src/sign/signing-config.ts
/**
 * A Sigstore signing config (`signing_config.json`, protobuf-specs SigningConfig v0.2, what cosign
 * v3 reads with `--signing-config`): the Fulcio, Rekor and timestamp authority URLs of an instance,
 * for private Sigstore deployments (and tests). Services are chosen as the spec says: the highest
 * API version we speak, valid now, newest validity start first, at most one per operator, as many
 * as the `rekorTlogConfig` / `tsaConfig` selector asks for (ANY: one, ALL: every operator, EXACT: count).
 */



const MEDIA_TYPES = [
    'application/vnd.dev.sigstore.signingconfig.v0.2+json',
    'application/vnd.dev.sigstore.signingconfig.v0.1+json',
];
/** API versions our clients speak: Fulcio v1 (…/api/v2/signingCert), Rekor v1, RFC 3161 TSA v1. */
const CA_VERSION = 1;
const REKOR_VERSION = 1;
const TSA_VERSION = 1;
function valid(service, now) {
    const start = service.validFor?.start;
    const end = service.validFor?.end;
    return (start === undefined || start <= now) && (end === undefined || now <= end);
}
/** Services of the highest supported version, valid at `now`, newest first. */
function candidates(services, maxVersion, now) {
    const usable = services.filter((s) => s.url && s.majorApiVersion <= maxVersion && valid(s, now));
    const top = Math.max(...usable.map((s) => s.majorApiVersion));
    return usable
        .filter((s) => s.majorApiVersion === top)
        .sort((a, b) => (b.validFor?.start?.getTime() ?? 0) - (a.validFor?.start?.getTime() ?? 0));
}
function signing_config_select(services, config, maxVersion, what, now, path) {
    if (config === undefined)
        return [];
    const perOperator = new Map();
    for (const s of candidates(services, maxVersion, now)) {
        if (!perOperator.has(s.operator))
            perOperator.set(s.operator, s);
    }
    const distinct = [...perOperator.values()];
    let wanted;
    switch (config.selector) {
        case protobuf_specs_dist.ServiceSelector.ANY:
            wanted = 1;
            break;
        case protobuf_specs_dist.ServiceSelector.ALL:
            wanted = Math.max(distinct.length, 1);
            break;
        case protobuf_specs_dist.ServiceSelector.EXACT:
            wanted = config.count;
            break;
        default:
            throw (0,errors/* inputError */.Xu)('signing-config', path, `a ${what} selector of ANY, ALL or EXACT`);
    }
    if (wanted < 1 || distinct.length < wanted) {
        throw (0,errors/* inputError */.Xu)('signing-config', path, `at least ${Math.max(wanted, 1)} ${what} service(s) of API version ${maxVersion} valid now, from distinct operators (found ${distinct.length})`);
    }
    return distinct.slice(0, wanted).map((s) => s.url.replace(/\/+$/, ''));
}
/**
 * The instance a signing config describes. `path` names the file in messages. OIDC providers
 * listed in the config are not used: on GitHub the token comes from the Actions token service.
 */
function instanceFromSigningConfig(json, path, now = new Date()) {
    let config;
    try {
        const value = typeof json === 'string' ? JSON.parse(json) : json;
        config = protobuf_specs_dist.SigningConfig.fromJSON(value);
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)('signing-config', path, `a Sigstore signing config (JSON): ${(0,errors/* describeError */.Uc)(error)}`);
    }
    if (!MEDIA_TYPES.includes(config.mediaType)) {
        throw (0,errors/* inputError */.Xu)('signing-config', path, `a Sigstore signing config with mediaType ${MEDIA_TYPES[0]} (got ${JSON.stringify(config.mediaType)})`);
    }
    const [ca] = candidates(config.caUrls, CA_VERSION, now);
    if (!ca) {
        throw (0,errors/* inputError */.Xu)('signing-config', path, `a certificate authority (caUrls) of API version ${CA_VERSION} valid now`);
    }
    const rekorURLs = signing_config_select(config.rekorTlogUrls, config.rekorTlogConfig, REKOR_VERSION, 'Rekor', now, path);
    const tsaURLs = signing_config_select(config.tsaUrls, config.tsaConfig, TSA_VERSION, 'timestamp authority', now, path);
    if (rekorURLs.length === 0 && tsaURLs.length === 0) {
        throw (0,errors/* inputError */.Xu)('signing-config', path, 'a transparency log (rekorTlogUrls + rekorTlogConfig) and/or a timestamp authority (tsaUrls + tsaConfig)');
    }
    return {
        name: `signing config ${path}`,
        fulcioURL: ca.url.replace(/\/+$/, ''),
        ...(rekorURLs[0] ? { rekorURL: rekorURLs[0], rekorURLs } : {}),
        ...(tsaURLs[0] ? { tsaURL: tsaURLs[0], tsaURLs } : {}),
    };
}
async function readSigningConfig(path, shownAs) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)('signing-config', shownAs, `a readable signing config file (${(0,errors/* describeError */.Uc)(error)})`);
    }
    return instanceFromSigningConfig(text, shownAs);
}

;// CONCATENATED MODULE: ./packages/core/src/sign/inputs.ts
/**
 * The sign and verify actions' inputs, parsed and checked once (the actions, the CLI and
 * promote's gate share these), and turned into a signing config / verification policy.
 * Key inputs take the PEM itself (a secret) or a path to it, as cosign's --key takes a path.
 */














/** What a step produced, attested as a predicate the ecosystem reads (sign's `attest-type`). */
const ATTEST_TYPES = ['vuln', 'test-result', 'approval'];
/**
 * The sign action's inputs for a caller that only signs a statement of its own (promote's record,
 * sbom's attestation) with the given key, or keyless: no subjects, no attestations, no log upload,
 * the instance chosen as the sign action chooses it.
 */
function keyOnlySignInputs(key) {
    return {
        image: key.image,
        files: [],
        checksums: [],
        key: key.key,
        keyPassword: key.keyPassword,
        keyless: key.keyless,
        transparencyLog: false,
        provenance: false,
        predicateType: undefined,
        predicate: undefined,
        predicatePath: undefined,
        sbomPath: undefined,
        legacySignature: false,
        sigstoreInstance: 'auto',
    };
}
const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;
function parseSigningInputs(get) {
    const inputs = {
        image: optionalText(get, 'image'),
        files: list(get, 'files', { comma: false }),
        checksums: list(get, 'checksums', { comma: false }),
        key: optionalKey(get, 'key'),
        keyPassword: get('key-password'),
        identityToken: optionalBlock(get, 'identity-token'),
        keyless: booleanOrAuto(get, 'keyless'),
        transparencyLog: inputs_boolean(get, 'transparency-log', false),
        provenance: inputs_boolean(get, 'provenance', false),
        predicateType: optionalText(get, 'predicate-type'),
        predicate: optionalBlock(get, 'predicate'),
        predicatePath: optionalText(get, 'predicate-path'),
        sbomPath: optionalText(get, 'sbom-path'),
        legacySignature: inputs_boolean(get, 'legacy-signature', false),
        sigstoreInstance: oneOf(get, 'sigstore-instance', ['auto', 'public-good', 'github'], 'auto'),
        signingConfig: optionalText(get, 'signing-config'),
        force: inputs_boolean(get, 'force', false),
        attestType: get('attest-type').trim() === '' ? undefined : oneOf(get, 'attest-type', ATTEST_TYPES),
        attestPath: optionalText(get, 'attest-path'),
        attestEnvironment: optionalText(get, 'attest-environment'),
    };
    if (!inputs.image && inputs.files.length === 0 && inputs.checksums.length === 0) {
        throw (0,errors/* inputError */.Xu)('image', '', 'an image reference, or files / checksums to sign', 'Set `image`, `files` or `checksums`.');
    }
    // Inputs that do nothing without a key are an error, naming the missing key.
    if (inputs.keyPassword !== '' && !inputs.key) {
        throw (0,errors/* inputError */.Xu)('key-password', '(set)', 'empty unless key is given (key is missing)');
    }
    if (inputs.transparencyLog && !inputs.key) {
        throw (0,errors/* inputError */.Xu)('transparency-log', inputs_text(get, 'transparency-log'), 'false unless key is given (key is missing; keyless signing logs as its instance does)');
    }
    if (inputs.identityToken && inputs.key) {
        throw (0,errors/* inputError */.Xu)('identity-token', '(set)', 'empty when a key is given (sign with the key or keyless, not both)');
    }
    if (inputs.identityToken && inputs.keyless === false) {
        throw (0,errors/* inputError */.Xu)('identity-token', '(set)', 'empty when keyless is false (the token is only for keyless signing)');
    }
    if (inputs.key && inputs.keyless === true) {
        throw (0,errors/* inputError */.Xu)('keyless', inputs_text(get, 'keyless'), 'false or auto when a key is given (sign with the key or keyless, not both)');
    }
    if (inputs.predicate && inputs.predicatePath) {
        throw (0,errors/* inputError */.Xu)('predicate', inputs.predicate, 'empty when predicate-path is given (one source for the predicate)');
    }
    if ((inputs.predicate || inputs.predicatePath) && !inputs.predicateType) {
        throw (0,errors/* inputError */.Xu)('predicate-type', '', 'the predicate’s type URI (e.g. https://example.com/test-result/v1)');
    }
    if (inputs.predicateType && !URI.test(inputs.predicateType)) {
        throw (0,errors/* inputError */.Xu)('predicate-type', inputs.predicateType, 'a URI such as https://slsa.dev/provenance/v1');
    }
    if (inputs.predicateType && !inputs.predicate && !inputs.predicatePath) {
        throw (0,errors/* inputError */.Xu)('predicate', '', 'a JSON predicate (or predicate-path) for predicate-type');
    }
    if (inputs.attestType && inputs.attestType !== 'approval' && !inputs.attestPath) {
        throw (0,errors/* inputError */.Xu)('attest-path', '', inputs.attestType === 'vuln'
            ? 'the scan report to attest (trivy or grype JSON, or SARIF) with attest-type: vuln'
            : 'the JUnit XML report to attest with attest-type: test-result');
    }
    if (inputs.attestType === 'approval' && inputs.attestPath) {
        throw (0,errors/* inputError */.Xu)('attest-path', inputs.attestPath, 'empty with attest-type: approval (the run is the approval)');
    }
    if (!inputs.attestType && inputs.attestPath) {
        throw (0,errors/* inputError */.Xu)('attest-type', '', `one of ${ATTEST_TYPES.join(', ')} when attest-path is given`);
    }
    if (inputs.attestEnvironment && inputs.attestType !== 'approval') {
        throw (0,errors/* inputError */.Xu)('attest-environment', inputs.attestEnvironment, 'empty unless attest-type is approval');
    }
    if (inputs.signingConfig && inputs.sigstoreInstance !== 'auto') {
        throw (0,errors/* inputError */.Xu)('sigstore-instance', inputs.sigstoreInstance, 'auto when signing-config is given (the signing config names the services)');
    }
    if (!inputs.image && (inputs.legacySignature || inputs.sbomPath)) {
        const input = inputs.legacySignature ? 'legacy-signature' : 'sbom-path';
        throw (0,errors/* inputError */.Xu)(input, inputs_text(get, input), 'used only with `image`');
    }
    return inputs;
}
function parseVerificationInputs(get) {
    const attestations = parse.list(get, 'attestations').map((a) => {
        const type = PREDICATE_ALIASES[a.toLowerCase()] ?? a;
        if (!URI.test(type)) {
            throw inputError('attestations', a, `predicate type URIs, or ${Object.keys(PREDICATE_ALIASES).join(', ')}`);
        }
        return type;
    });
    const inputs = {
        image: parse.optionalText(get, 'image'),
        files: parse.list(get, 'files', { comma: false }),
        key: parse.optionalKey(get, 'key'),
        certificateIdentity: parse.optionalText(get, 'certificate-identity'),
        certificateIdentityRegexp: parse.regex(get, 'certificate-identity-regexp'),
        certificateOidcIssuer: parse.optionalText(get, 'certificate-oidc-issuer'),
        attestations,
        offline: parse.boolean(get, 'offline', false),
        trustedRoot: parse.optionalText(get, 'trusted-root'),
        requireTransparencyLog: parse.boolean(get, 'require-transparency-log', false),
        sigstoreInstance: parse.oneOf(get, 'sigstore-instance', ['auto', 'public-good', 'github'], 'auto'),
        tufMirror: parse.optionalText(get, 'tuf-mirror'),
        tufRoot: parse.optionalText(get, 'tuf-root'),
        bundle: parse.optionalText(get, 'bundle'),
        showStatements: parse.boolean(get, 'show-statements', false),
        conditions: parseConditionsInput(get),
    };
    for (const entry of inputs.files) {
        if (/^sha(256|384|512):/i.test(entry) && !isDigest(entry)) {
            throw inputError('files', entry, 'a glob, or a digest sha256:<64 lower-case hex digits>');
        }
    }
    if (inputs.files.some((f) => f.startsWith('sha256:')) && !inputs.bundle) {
        throw inputError('bundle', '', 'the path of the bundle to verify a sha256: digest with (a digest has no file beside which to find one)');
    }
    if (inputs.bundle && inputs.files.length === 0) {
        throw inputError('files', '', 'the files or sha256: digests the bundle is about, when bundle is given');
    }
    if (inputs.tufMirror && !/^https?:\/\/[^\s/]+/i.test(inputs.tufMirror)) {
        throw inputError('tuf-mirror', inputs.tufMirror, 'the http(s) URL of a TUF repository');
    }
    if (inputs.trustedRoot && (inputs.tufMirror || inputs.tufRoot)) {
        throw inputError(inputs.tufMirror ? 'tuf-mirror' : 'tuf-root', (inputs.tufMirror ?? inputs.tufRoot), 'empty when trusted-root is given (the trusted root comes from one place)');
    }
    if (!inputs.image && inputs.files.length === 0) {
        throw inputError('image', '', 'an image reference, or files to verify');
    }
    const keyless = inputs.certificateIdentity || inputs.certificateIdentityRegexp || inputs.certificateOidcIssuer;
    if (inputs.key && keyless) {
        throw inputError('key', '(a key)', 'empty when certificate-identity / -regexp / certificate-oidc-issuer are given (one policy)');
    }
    if (!inputs.key && !keyless) {
        throw inputError('key', '', 'a public key, or certificate-identity (or -regexp) with certificate-oidc-issuer');
    }
    // Where the keyless trusted root comes from means nothing when verifying with a key.
    for (const [name, value] of [
        ['tuf-mirror', inputs.tufMirror],
        ['tuf-root', inputs.tufRoot],
        ['sigstore-instance', inputs.sigstoreInstance === 'auto' ? undefined : inputs.sigstoreInstance],
    ]) {
        if (value !== undefined && !keyless) {
            throw inputError(name, value, 'empty unless verifying keyless (certificate-identity and certificate-oidc-issuer are missing; key is given)');
        }
    }
    if (keyless) {
        if (!inputs.certificateIdentity && !inputs.certificateIdentityRegexp) {
            throw inputError('certificate-identity', '', 'the signer’s identity (or certificate-identity-regexp)');
        }
        if (!inputs.certificateOidcIssuer) {
            throw inputError('certificate-oidc-issuer', '', 'the OIDC issuer, e.g. https://token.actions.githubusercontent.com');
        }
    }
    return inputs;
}
/**
 * Reads a key input: PEM text as given, or the file it names (relative to the workspace); with the
 * source its errors name (the input, and the path or "(PEM text)").
 */
async function keyText(value, input, cwd) {
    const source = keySource(input, value);
    if (value.includes('-----BEGIN'))
        return { pem: value, source };
    try {
        return { pem: await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, value), 'utf8'), source };
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)(input, value, `a PEM key or the path of a readable key file (${(0,errors/* describeError */.Uc)(error)})`);
    }
}
/**
 * The signing config the inputs ask for: key (decrypted here) or keyless (token fetched lazily).
 * `keyInput` is the name the caller's step gives the key (`key` for sign and sbom, `record-key`
 * for promote): an error about the key names it.
 */
async function resolveSigningConfig(inputs, environment, keyInput = 'key') {
    const { env, logger, cwd } = environment;
    // The key's password: the input, else COSIGN_PASSWORD as cosign reads it.
    const password = inputs.keyPassword !== '' ? inputs.keyPassword : (env.COSIGN_PASSWORD ?? '');
    if (password)
        logger.secret(password);
    if (inputs.key) {
        if (inputs.key.includes('-----BEGIN'))
            logger.secret(inputs.key);
        const { pem, source } = await keyText(inputs.key, keyInput, cwd);
        const key = await loadPrivateKey(pem, password, source);
        const instance = await chooseInstance(inputs, environment);
        if (inputs.transparencyLog && !instance.rekorURL) {
            throw (0,errors/* inputError */.Xu)('transparency-log', 'true', `false with the '${instance.name}' instance, which has no transparency log`);
        }
        return {
            kind: 'key',
            key,
            ...(inputs.transparencyLog && instance.rekorURL ? { rekorURL: instance.rekorURL } : {}),
        };
    }
    if (inputs.keyless === false) {
        throw (0,errors/* inputError */.Xu)(keyInput, '', 'a private key when keyless is false');
    }
    const given = givenIdentityToken(inputs, env);
    if (given !== undefined) {
        logger.secret(given.token);
        const who = tokenIdentity(given.token, given.from);
        const instance = await chooseInstance(inputs, environment);
        logger.info(`Signing keyless with the ${instance.name} Sigstore instance and a token (from ${given.from}) for ${who.identity}, issuer ${who.issuer}.`);
        return { kind: 'keyless', instance, identityToken: async () => given.token, tokenFrom: given.from };
    }
    if (!canRequestIdToken(env)) {
        throw new errors/* ArtefactsError */.E('GITHUB_PERMISSION', 'No key was given and there is no OIDC token to sign keyless with.', {
            hint: 'Give an identity token (`identity-token`, or SIGSTORE_ID_TOKEN in the environment), add `permissions: id-token: write` to a GitHub Actions job, or give `key` and `key-password`.',
        });
    }
    const instance = await chooseInstance(inputs, environment);
    logger.info(`Signing keyless with the ${instance.name} Sigstore instance.`);
    let fetched;
    return {
        kind: 'keyless',
        instance,
        // Fetched once, when first needed (the signer, provenance and the report all read it).
        identityToken: () => (fetched ??= githubIdToken(env, 'sigstore').then((token) => {
            logger.secret(token);
            return token;
        })),
    };
}
/** The identity token given to this run: `identity-token`, else SIGSTORE_ID_TOKEN (as cosign reads it). */
function givenIdentityToken(inputs, env) {
    if (inputs.identityToken)
        return { token: inputs.identityToken.trim(), from: 'identity-token' };
    const fromEnv = env.SIGSTORE_ID_TOKEN?.trim();
    return fromEnv ? { token: fromEnv, from: 'SIGSTORE_ID_TOKEN' } : undefined;
}
/**
 * Who a given token says it is, checked before Fulcio sees it: a JWT with an issuer, not expired.
 * Fulcio decides the certificate's identity (per issuer: the email, the CI's workflow URI or the
 * subject); this is what the token claims, shown so that `verify` can be given it.
 */
function tokenIdentity(token, from) {
    const where = from === 'identity-token' ? "Input 'identity-token'" : from;
    const notToken = () => new errors/* ArtefactsError */.E('INPUT_INVALID', `${where}: not an OIDC identity token (expected a JWT whose claims name an issuer, iss).`, { hint: 'Pass the token the CI issues for the audience "sigstore" (GitLab: id_tokens with aud: sigstore).' });
    let claims;
    try {
        claims = tokenClaims(token);
    }
    catch {
        throw notToken();
    }
    const text = (name) => (typeof claims[name] === 'string' ? claims[name] : '');
    const issuer = text('iss');
    if (issuer === '')
        throw notToken();
    const expires = typeof claims.exp === 'number' ? claims.exp : undefined;
    if (expires !== undefined && expires * 1000 < Date.now()) {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `${where}: the identity token expired at ${new Date(expires * 1000).toISOString()}.`, { hint: 'Ask the CI for a fresh token in the same job that signs (CI tokens live for minutes).' });
    }
    // What the signer proves it holds the token for (Sigstore's challenge): a verified email, else sub.
    const email = text('email');
    if (email !== '' ? !claims.email_verified : text('sub') === '') {
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', email !== ''
            ? `${where}: the identity token's email is not verified by its issuer (email_verified); Sigstore signs only for a verified email.`
            : `${where}: the identity token has no subject (sub); Sigstore needs one, or a verified email, to sign for.`, { hint: 'Pass the token the CI issues for the audience "sigstore" (GitLab: id_tokens with aud: sigstore).' });
    }
    // Fulcio's subject per issuer: the email; GitLab's pipeline config URI; GitHub's workflow; else sub.
    const gitlab = text('ci_config_ref_uri');
    const identity = text('email') || (gitlab ? `https://${gitlab}` : '') || text('job_workflow_ref') || text('sub') || '(no subject)';
    return { identity, issuer };
}
async function chooseInstance(inputs, environment) {
    if (inputs.signingConfig) {
        return readSigningConfig((0,external_node_path_.resolve)(environment.cwd, inputs.signingConfig), inputs.signingConfig);
    }
    const choice = inputs.sigstoreInstance;
    return choice === 'auto' ? defaultSigstoreInstance(environment.github) : SIGSTORE_INSTANCES[choice];
}
/** The TUF repository verify fetches the trusted root from: `tuf-mirror`, else the instance's. */
function tufMirrorFor(inputs, github) {
    if (inputs.tufMirror)
        return inputs.tufMirror.replace(/\/+$/, '');
    const choice = inputs.sigstoreInstance ?? 'auto';
    if (choice !== 'auto')
        return TUF_MIRRORS[choice];
    // Only a repository known to be private or internal signs with GitHub's instance by default.
    const repository = github?.payload.repository;
    const isPrivate = repository?.private === true || ['private', 'internal'].includes(String(repository?.visibility));
    return isPrivate ? TUF_MIRRORS.github : TUF_MIRRORS['public-good'];
}
/**
 * The verification policy the inputs describe, with the key and trusted root loaded. Keyless
 * without `trusted-root`: the trusted root comes through TUF when `environment` is given (its env
 * names the cache directory), and is an error otherwise. `keyInput` names the public key's input
 * in errors (`key` for verify, `require-signature` for promote's gate).
 */
async function loadVerificationPolicy(inputs, cwd, environment, keyInput = 'key') {
    const keyless = !inputs.key;
    const given = inputs.trustedRoot;
    let trustedRoot = given
        ? await readTrustedRoot(resolve(cwd, given), (error) => pathInputError(cwd, 'trusted-root', given, 'a readable trusted root (trusted_root.json)', error))
        : undefined;
    if (!trustedRoot && keyless && environment) {
        trustedRoot = await fetchTrustedRoot({
            mirror: tufMirrorFor(inputs, environment.github),
            rootPath: inputs.tufRoot ? resolve(cwd, inputs.tufRoot) : undefined,
            rootShown: inputs.tufRoot,
            cacheDir: tufCacheDir(environment.env),
            offline: inputs.offline,
            logger: environment.logger,
        });
    }
    const common = {
        ...(trustedRoot ? { trustedRoot } : {}),
        requireTransparencyLog: inputs.requireTransparencyLog,
        requiredPredicateTypes: inputs.attestations,
    };
    if (inputs.key) {
        const { pem, source } = await keyText(inputs.key, keyInput, cwd);
        return { ...common, key: loadPublicKey(pem, source) };
    }
    if (!trustedRoot) {
        throw new ArtefactsError('VERIFICATION_FAILED', 'Keyless verification needs the Sigstore trusted root.', {
            hint: 'Give `trusted-root` (a trusted_root.json of the Sigstore instance).',
        });
    }
    return {
        ...common,
        identity: {
            ...(inputs.certificateIdentity ? { exact: inputs.certificateIdentity } : {}),
            ...(inputs.certificateIdentityRegexp ? { regexp: inputs.certificateIdentityRegexp } : {}),
            issuer: inputs.certificateOidcIssuer ?? '',
        },
    };
}
/** The trust inputs that name files: path inputs of every command that takes them (verify, trace, history, audit). */
const TRUST_PATH_INPUTS = (/* unused pure expression or super */ null && (['key', 'trusted-root', 'tuf-root']));
/**
 * Refuses a trust file (a key, a trusted root, a TUF root) that resolves outside the workspace, as any
 * path input: each of TRUST_PATH_INPUTS, checked alike wherever trust options are taken.
 */
function trustInWorkspace(ws, trust) {
    if (trust === undefined)
        return;
    keyInWorkspace(ws, 'key', trust.key);
    if (trust.trustedRoot)
        inWorkspace(ws, 'trusted-root', trust.trustedRoot);
    if (trust.tufRoot)
        inWorkspace(ws, 'tuf-root', trust.tufRoot);
}
/** The trust options of verify, as the readers of records (trace, history, audit) take them. */
const TRUST_INPUTS = (/* unused pure expression or super */ null && ([
    'key',
    'certificate-identity',
    'certificate-identity-regexp',
    'certificate-oidc-issuer',
    'trusted-root',
    'tuf-mirror',
    'tuf-root',
    'sigstore-instance',
]));
/**
 * verify's parser on the trust inputs alone, for a reader of records whose subject is `reference`;
 * undefined when none is given (nothing can be verified).
 */
function parseTrustOptions(raw, reference) {
    const given = TRUST_INPUTS.some((name) => raw(name).trim() !== '' && raw(name).trim() !== 'auto');
    if (!given)
        return undefined;
    const only = new Set(TRUST_INPUTS);
    return parseVerificationInputs((name) => (name === 'image' ? reference : only.has(name) ? raw(name) : ''));
}

;// CONCATENATED MODULE: ./packages/core/src/sign/plan.ts
/**
 * What the sign action does for an image, without the registry: sign cosign v3's image signature
 * and each attestation as its own bundle, and lay each out as a referrer manifest (plus, for teams
 * still on cosign v2, the legacy `.sig` manifest). The caller pushes `blobs` then `manifest` for
 * each artefact and, where the registry has no referrers API, adds `descriptor` to the fallback
 * tag's index (read-merge-write).
 */




/** Signs an image digest and its attestations; returns what to push. No network unless the config has a log or is keyless. */
async function signImage(image, config, options = {}) {
    if (options.legacy && config.kind !== 'key') {
        throw (0,errors/* inputError */.Xu)('legacy-signature', 'true', 'false with keyless signing (the cosign v2 .sig format is written for key-based signatures only)');
    }
    const digest = image.descriptor.digest;
    const created = options.created ?? new Date();
    const statements = [
        cosignSignStatement(image.name, digest),
        ...(options.attestations ?? []).map((a) => statement([subject(image.name, digest)], a.predicateType, a.predicate)),
    ].filter((s) => !options.skip?.has(s.predicateType));
    const referrers = [];
    for (const s of statements) {
        const signed = await signStatement(s, config);
        referrers.push({
            predicateType: s.predicateType,
            signed,
            artefact: bundleReferrer(signed.bundle, image.descriptor, created),
        });
    }
    const legacy = options.legacy && config.kind === 'key' ? legacySignatureManifest(image.name, digest, config.key) : undefined;
    return { referrers, legacy };
}
/**
 * SLSA provenance v1 for the current GitHub Actions run. `claims` are the OIDC token's (keyless
 * signing): its `job_workflow_ref` names the builder, as GitHub's own provenance does.
 */
function provenanceAttestation(context, env, claims = {}) {
    if (!context) {
        throw (0,errors/* inputError */.Xu)('provenance', 'true', 'false outside GitHub Actions (provenance describes a workflow run)', 'Give a predicate file with predicate-type instead.');
    }
    return {
        predicateType: SLSA_PROVENANCE_PREDICATE,
        predicate: githubProvenancePredicate(context, workflowFacts(env, claims)),
    };
}
/**
 * A custom predicate from JSON text: the `predicate` input (`source` is its name), or the file behind
 * `predicate-path` (`source` names the input and the path, which errors show instead of the content).
 */
function customAttestation(predicateType, json, source) {
    if (predicateType === COSIGN_SIGN_PREDICATE) {
        throw (0,errors/* inputError */.Xu)('predicate-type', predicateType, 'a predicate type other than cosign’s own signature type');
    }
    const from = typeof source === 'string' ? { input: source } : source;
    const what = from.path === undefined ? 'a JSON object' : 'a file holding a JSON object';
    let predicate;
    try {
        predicate = JSON.parse(json);
    }
    catch (error) {
        throw (0,errors/* documentError */.aH)(from, json, `${what}, but it is not JSON: ${(0,errors/* jsonSyntaxError */.UQ)(error)}`);
    }
    if (predicate === null || typeof predicate !== 'object' || Array.isArray(predicate)) {
        throw (0,errors/* documentError */.aH)(from, json, `${what}, but it holds ${predicate === null ? 'null' : Array.isArray(predicate) ? 'an array' : `a ${typeof predicate}`}`);
    }
    return { predicateType, predicate: predicate };
}
/**
 * An SBOM (CycloneDX or SPDX 2.3 JSON) as an attestation whose predicate is the document itself;
 * `path` is the file it was read from (as given), for errors.
 */
function sbomAttestation(json, input = 'sbom-path', path) {
    let document;
    try {
        document = JSON.parse(json);
    }
    catch (error) {
        if (path !== undefined) {
            throw (0,errors/* documentError */.aH)({ input, path }, json, `an SBOM in JSON, but it is not JSON: ${(0,errors/* jsonSyntaxError */.UQ)(error)}`);
        }
        throw new errors/* ArtefactsError */.E('INPUT_INVALID', `Input '${input}': the SBOM is not JSON (${(0,errors/* jsonSyntaxError */.UQ)(error)}).`);
    }
    return { predicateType: sbomPredicateType(document), predicate: document };
}

;// CONCATENATED MODULE: ./packages/core/src/sign/predicates/approval.ts

const APPROVAL_PREDICATE = 'https://github.com/immutable-artefacts/immutable-artefacts/blob/main/docs/sign.md#approval-predicate-v1';
/** The environment the event names: a deployment's, or a deployment protection rule's. */
function eventEnvironment(github) {
    const payload = github?.payload ?? {};
    const deployment = payload.deployment;
    if (typeof deployment?.environment === 'string' && deployment.environment !== '')
        return deployment.environment;
    if (typeof payload.environment === 'string' && payload.environment !== '')
        return payload.environment;
    return undefined;
}
/**
 * The approval predicate for this run. `environment` is the `attest-environment` input; without it
 * the environment comes from the event (deployment, deployment_protection_rule).
 */
function approvalPredicate(github, env, environment, now = new Date()) {
    const approver = env.GITHUB_ACTOR?.trim() || github?.actor || '';
    if (approver === '') {
        throw (0,errors/* inputError */.Xu)('attest-type', 'approval', 'an approval attested from a GitHub Actions run (GITHUB_ACTOR names the approver, and it is not set)');
    }
    const where = environment ?? eventEnvironment(github);
    if (where === undefined) {
        throw (0,errors/* inputError */.Xu)('attest-environment', '', 'the environment approved for (e.g. prod), when the event names no deployment environment');
    }
    const triggeredBy = env.GITHUB_TRIGGERING_ACTOR?.trim();
    const server = github?.serverUrl ?? env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repository = github?.repository ?? env.GITHUB_REPOSITORY ?? '';
    const runId = github?.runId ?? env.GITHUB_RUN_ID ?? '';
    const attempt = github?.runAttempt ?? (Number(env.GITHUB_RUN_ATTEMPT) || 1);
    return {
        approver,
        ...(triggeredBy && triggeredBy !== approver ? { triggeredBy } : {}),
        environment: where,
        approvedAt: now.toISOString(),
        run: {
            url: repository && runId ? `${server}/${repository}/actions/runs/${runId}/attempts/${attempt}` : '',
            repository,
            workflow: github?.workflow ?? env.GITHUB_WORKFLOW ?? '',
            event: github?.eventName ?? env.GITHUB_EVENT_NAME ?? '',
            ref: github?.ref ?? env.GITHUB_REF ?? '',
            sha: github?.sha ?? env.GITHUB_SHA ?? '',
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/sign/predicates/test-result.ts
/**
 * JUnit XML as in-toto's test-result predicate (https://in-toto.io/attestation/test-result/v0.1):
 * `result` PASSED / WARNED / FAILED, and the names of the passed, warned (skipped) and failed
 * tests, with the report file as the configuration it came from.
 * Spec: https://github.com/in-toto/attestation/blob/main/spec/predicates/test-result.md
 *
 * No XML parser is a dependency of core, so this is a small reader of exactly what JUnit reports
 * hold: elements and their attributes (quoted, with the five named and numeric character
 * references), comments, CDATA, processing instructions and a DOCTYPE without an internal subset,
 * which is refused (no entity expansion). Text content is skipped. Size and depth are bounded.
 */



const TEST_RESULT_PREDICATE = 'https://in-toto.io/attestation/test-result/v0.1';
/** Reports larger than this are refused rather than read (a JUnit file of 100k tests is ~20 MiB). */
const MAX_JUNIT_BYTES = 64 * 1024 * 1024;
const MAX_DEPTH = 256;
function junitError(input, path, reason) {
    return new errors/* ArtefactsError */.E('INPUT_INVALID', `Input '${input}': ${path} is not a JUnit XML report (${reason}).`, {
        hint: 'Give the JUnit XML file the test runner wrote (e.g. jest-junit, pytest --junitxml, surefire).',
    });
}
const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decode(value, fail) {
    return value.replace(/&([^;&\s]{1,10});/g, (_, ref) => {
        if (ref in NAMED)
            return NAMED[ref];
        const code = /^#x([0-9a-f]{1,6})$/i.test(ref)
            ? parseInt(ref.slice(2), 16)
            : /^#([0-9]{1,7})$/.test(ref)
                ? parseInt(ref.slice(1), 10)
                : NaN;
        if (Number.isNaN(code) || code > 0x10ffff)
            fail(`unknown character reference &${ref};`);
        return String.fromCodePoint(code);
    });
}
const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/;
/** Reads the element tree of an XML document (elements and attributes only). */
function readXml(xml, fail) {
    const root = { name: '#document', attributes: {}, children: [] };
    const stack = [root];
    let i = 0;
    const skipPast = (end, what) => {
        const at = xml.indexOf(end, i);
        if (at < 0)
            fail(`unterminated ${what}`);
        i = at + end.length;
    };
    while (i < xml.length) {
        const lt = xml.indexOf('<', i);
        if (lt < 0)
            break;
        i = lt;
        if (xml.startsWith('<!--', i))
            skipPast('-->', 'comment');
        else if (xml.startsWith('<![CDATA[', i))
            skipPast(']]>', 'CDATA section');
        else if (xml.startsWith('<?', i))
            skipPast('?>', 'processing instruction');
        else if (xml.startsWith('<!DOCTYPE', i)) {
            const end = xml.indexOf('>', i);
            if (end < 0)
                fail('unterminated DOCTYPE');
            if (xml.slice(i, end).includes('['))
                fail('a DOCTYPE with an internal subset (entities are not expanded)');
            i = end + 1;
        }
        else if (xml.startsWith('</', i)) {
            const name = NAME.exec(xml.slice(i + 2, i + 2 + 512))?.[0];
            const open = stack[stack.length - 1];
            if (!name || stack.length === 1 || open.name !== name)
                fail(`unexpected </${name ?? ''}> at offset ${i}`);
            stack.pop();
            skipPast('>', 'end tag');
        }
        else {
            i += 1;
            const name = NAME.exec(xml.slice(i, i + 512))?.[0];
            if (!name)
                fail(`a '<' that starts no element at offset ${i - 1}`);
            i += name.length;
            const attributes = {};
            for (;;) {
                const space = /^\s+/.exec(xml.slice(i, i + 256))?.[0] ?? '';
                const attribute = NAME.exec(xml.slice(i + space.length, i + space.length + 512))?.[0];
                if (!space || !attribute)
                    break;
                i += space.length + attribute.length;
                const equals = /^\s*=\s*(["'])/.exec(xml.slice(i, i + 256));
                if (!equals)
                    fail(`attribute ${attribute} of <${name}> has no quoted value`);
                i += equals[0].length;
                const end = xml.indexOf(equals[1], i);
                if (end < 0)
                    fail(`attribute ${attribute} of <${name}> is not closed`);
                const value = xml.slice(i, end);
                if (value.includes('<'))
                    fail(`attribute ${attribute} of <${name}> holds a '<'`);
                attributes[attribute] = decode(value, fail);
                i = end + 1;
            }
            const close = /^\s*(\/?)>/.exec(xml.slice(i, i + 1024));
            if (!close)
                fail(`a malformed <${name}> tag at offset ${i}`);
            i += close[0].length;
            const element = { name, attributes, children: [] };
            stack[stack.length - 1].children.push(element);
            if (close[1] !== '/') {
                if (stack.length > MAX_DEPTH)
                    fail(`elements nested deeper than ${MAX_DEPTH}`);
                stack.push(element);
            }
        }
    }
    if (stack.length > 1)
        fail(`<${stack[stack.length - 1].name}> is not closed`);
    if (root.children.length !== 1)
        fail(root.children.length === 0 ? 'no root element' : 'more than one root element');
    return root.children[0];
}
/** Every <testcase> under the root, depth-first (suites nest in some runners' reports). */
function testcases(element, out = []) {
    for (const child of element.children) {
        if (child.name === 'testcase')
            out.push(child);
        else
            testcases(child, out);
    }
    return out;
}
/** A test's name as the spec's lists hold it: `classname.name` (or `name` alone), unique in its list. */
function testName(testcase) {
    const { classname, name } = testcase.attributes;
    const base = name ?? '(unnamed)';
    return classname && classname !== '' ? `${classname}.${base}` : base;
}
/**
 * Converts a JUnit XML report to the test-result predicate: a test with <failure> or <error> failed,
 * one with <skipped> is warned, the others passed. `result` is FAILED if any failed, else WARNED
 * if any was skipped, else PASSED. A report with no test at all is refused (nothing was tested).
 */
function testResultPredicate(xml, options) {
    const fail = (reason) => {
        throw junitError(options.input, options.path, reason);
    };
    if (Buffer.byteLength(xml, 'utf8') > MAX_JUNIT_BYTES)
        fail(`larger than ${MAX_JUNIT_BYTES} bytes`);
    const root = readXml(xml, fail);
    if (root.name !== 'testsuites' && root.name !== 'testsuite') {
        fail(`the root element is <${root.name}>, not <testsuites> or <testsuite>`);
    }
    const cases = testcases(root);
    if (cases.length === 0)
        fail('it holds no <testcase>');
    const passedTests = [];
    const warnedTests = [];
    const failedTests = [];
    for (const testcase of cases) {
        const outcomes = new Set(testcase.children.map((c) => c.name));
        const name = testName(testcase);
        if (outcomes.has('failure') || outcomes.has('error'))
            failedTests.push(name);
        else if (outcomes.has('skipped'))
            warnedTests.push(name);
        else
            passedTests.push(name);
    }
    const result = failedTests.length > 0 ? 'FAILED' : warnedTests.length > 0 ? 'WARNED' : 'PASSED';
    return {
        result,
        configuration: [
            {
                name: (0,external_node_path_.basename)(options.path),
                digest: { sha256: media_digestHex(media_sha256(xml)) },
            },
        ],
        ...(options.url ? { url: options.url } : {}),
        passedTests,
        warnedTests,
        failedTests,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/sign/predicates/vuln.ts
/**
 * A vulnerability scan as cosign's vuln predicate (https://cosign.sigstore.dev/attestation/vuln/v1):
 * the scanner's name (as a package URL), its version and database, the scan's time, and the
 * scanner's own document unchanged under `scanner.result`, so a condition reads the findings in
 * the shape the tool writes them. Trivy JSON, grype JSON and SARIF 2.1 are recognised.
 * Spec: https://github.com/sigstore/cosign/blob/main/specs/COSIGN_VULN_ATTESTATION_SPEC.md
 */

const VULN_PREDICATE = 'https://cosign.sigstore.dev/attestation/vuln/v1';
const object = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const vuln_text = (v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
/** Which tool wrote `document`, from the fields each one always writes. */
function scanFormat(document) {
    if (typeof document.version === 'string' && Array.isArray(document.runs))
        return 'sarif';
    if (Array.isArray(document.matches) && (object(document.descriptor) || object(document.source)))
        return 'grype';
    if (typeof document.SchemaVersion === 'number' && ('Results' in document || 'ArtifactName' in document)) {
        return 'trivy';
    }
    return undefined;
}
function scannerOf(format, document) {
    if (format === 'trivy') {
        // Trivy writes its version only in recent releases (`Trivy.Version`); the DB is in the image metadata's report.
        const version = vuln_text(object(document.Trivy)?.Version);
        return {
            name: 'trivy',
            uri: `pkg:github/aquasecurity/trivy${version ? `@${version}` : ''}`,
            version,
            db: {},
        };
    }
    if (format === 'grype') {
        const descriptor = object(document.descriptor) ?? {};
        const version = vuln_text(descriptor.version);
        const db = object(object(descriptor.db)?.status) ?? object(descriptor.db) ?? {};
        return {
            name: vuln_text(descriptor.name) || 'grype',
            uri: `pkg:github/anchore/grype${version ? `@${version}` : ''}`,
            version,
            db: { uri: vuln_text(db.from ?? db.location), version: vuln_text(db.built ?? db.schemaVersion) },
        };
    }
    const driver = object(object(object(document.runs[0])?.tool)?.driver) ?? {};
    const name = vuln_text(driver.name) || 'sarif';
    const version = vuln_text(driver.semanticVersion) || vuln_text(driver.version);
    return {
        name,
        uri: vuln_text(driver.informationUri) ||
            `pkg:generic/${encodeURIComponent(name.toLowerCase())}${version ? `@${version}` : ''}`,
        version,
        db: {},
    };
}
function timesOf(format, document, now) {
    let started = '';
    let finished = '';
    if (format === 'trivy')
        started = finished = vuln_text(document.CreatedAt);
    if (format === 'grype')
        started = finished = vuln_text(object(document.descriptor)?.timestamp);
    if (format === 'sarif') {
        const invocation = object(object(document.runs[0])?.invocations?.[0]);
        started = vuln_text(invocation?.startTimeUtc);
        finished = vuln_text(invocation?.endTimeUtc) || started;
    }
    const iso = (t) => {
        const parsed = t ? new Date(t) : undefined;
        return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : now.toISOString();
    };
    return { started: iso(started), finished: iso(finished) };
}
/**
 * Converts a scanner's JSON (trivy `--format json`, grype `-o json`, or SARIF) into the vuln
 * predicate. `source` names the input it was read from and the file (shown instead of its content), for errors.
 */
function vulnPredicate(json, source, invocation, now = new Date()) {
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch (error) {
        throw (0,errors/* documentError */.aH)(source, json, `a trivy or grype JSON report, or SARIF, but it is not JSON: ${(0,errors/* jsonSyntaxError */.UQ)(error)}`);
    }
    const document = object(parsed);
    const format = document ? scanFormat(document) : undefined;
    if (!document || !format) {
        throw (0,errors/* documentError */.aH)(source, json, 'a trivy JSON report (SchemaVersion, Results), a grype JSON report (matches, descriptor) or SARIF 2.1 (version, runs)');
    }
    const scanner = scannerOf(format, document);
    const times = timesOf(format, document, now);
    return {
        format,
        scanner: scanner.name,
        predicate: {
            invocation: {
                parameters: null,
                uri: invocation?.uri ?? '',
                event_id: invocation?.eventId ?? '',
                'builder.id': invocation?.builderId ?? '',
            },
            scanner: {
                uri: scanner.uri,
                version: scanner.version,
                db: { uri: vuln_text(scanner.db.uri), version: vuln_text(scanner.db.version) },
                result: document,
            },
            metadata: { scanStartedOn: times.started, scanFinishedOn: times.finished },
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/sign/predicates/index.ts







/** The CI run that produced the evidence, when there is one. */
function runUrl(environment) {
    const github = environment.github;
    if (!github || !github.repository || !github.runId)
        return undefined;
    return `${github.serverUrl}/${github.repository}/actions/runs/${github.runId}/attempts/${github.runAttempt || 1}`;
}
/**
 * The attestation for `type` from `document` (the file `attest-path` named; empty for an
 * approval). Logs what was read, so the run shows which tool's output was attested.
 */
function stepAttestation(type, document, inputs, environment, now = new Date()) {
    const url = runUrl(environment);
    if (type === 'vuln') {
        const converted = vulnPredicate(document, { input: 'attest-path', path: inputs.attestPath }, url
            ? {
                uri: url,
                eventId: environment.github?.runId ?? '',
                builderId: `${environment.github?.serverUrl}/${environment.github?.repository}/actions`,
            }
            : undefined, now);
        environment.logger.info(`Attesting a ${converted.format} scan by ${converted.scanner} (${VULN_PREDICATE}).`);
        return { predicateType: VULN_PREDICATE, predicate: { ...converted.predicate } };
    }
    if (type === 'test-result') {
        const predicate = testResultPredicate(document, { input: 'attest-path', path: inputs.attestPath ?? '', url });
        environment.logger.info(`Attesting test results: ${predicate.result} (${predicate.passedTests.length} passed, ${predicate.warnedTests.length} warned, ${predicate.failedTests.length} failed).`);
        return { predicateType: TEST_RESULT_PREDICATE, predicate: { ...predicate } };
    }
    const predicate = approvalPredicate(environment.github, environment.env, inputs.attestEnvironment, now);
    environment.logger.info(`Attesting the approval of ${predicate.approver} for ${predicate.environment}.`);
    return { predicateType: APPROVAL_PREDICATE, predicate: { ...predicate } };
}

// EXTERNAL MODULE: ./packages/core/src/log.ts
var log = __nccwpck_require__(8315);
;// CONCATENATED MODULE: ./packages/core/src/sign/dsse.ts
/**
 * DSSE (Dead Simple Signing Envelope) v1: what is signed is the pre-authentication encoding
 * PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in ASCII decimal bytes.
 * Spec: https://github.com/secure-systems-lab/dsse/blob/master/protocol.md
 */

function preAuthEncoding(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `, 'ascii'),
        type,
        Buffer.from(` ${payload.length} `, 'ascii'),
        Buffer.from(payload),
    ]);
}
/** True when any signature of the envelope verifies over PAE with `key` (ECDSA/SHA-256). */
function envelopeVerifies(envelope, key) {
    const pae = preAuthEncoding(envelope.payloadType, Buffer.from(envelope.payload, 'base64'));
    return envelope.signatures.some((s) => {
        try {
            return (0,external_node_crypto_.verify)('sha256', pae, key, Buffer.from(s.sig, 'base64'));
        }
        catch {
            return false;
        }
    });
}

;// CONCATENATED MODULE: ./packages/core/src/sign/rerun.ts
/**
 * A re-run of a signing job: which statements about an image digest are already signed by the
 * same key (or the same keyless identity and issuer), so the sign action pushes only what is
 * missing instead of piling up one more referrer per run. `force` signs again regardless.
 */














const OID_FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
const OID_FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
/**
 * The signer a signing config will produce. Keyless: the certificate identity Fulcio derives
 * from the OIDC token (`<server>/<job_workflow_ref>` for GitHub's issuer, else the subject) and
 * the token's issuer.
 */
async function expectedSigner(config, serverUrl = 'https://github.com') {
    if (config.kind === 'key')
        return { kind: 'key', config };
    const claims = tokenClaims(await config.identityToken());
    const identities = [
        typeof claims.job_workflow_ref === 'string' ? `${serverUrl}/${claims.job_workflow_ref}` : undefined,
        typeof claims.email === 'string' ? claims.email : undefined,
        typeof claims.sub === 'string' ? claims.sub : undefined,
    ].filter((v) => v !== undefined && v !== '');
    return { kind: 'certificate', identities, issuer: typeof claims.iss === 'string' ? claims.iss : '' };
}
/** The statement of a keyless bundle signed by `signer`'s identity, checked with its own certificate. */
function certificateStatement(raw, signer) {
    const bundle = bundle_parseBundle(raw);
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new Error('not a DSSE bundle');
    const material = bundle.verificationMaterial.content;
    const der = material.$case === 'certificate'
        ? material.certificate.rawBytes
        : material.$case === 'x509CertificateChain'
            ? material.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    if (der === undefined)
        throw new Error('no signing certificate');
    const certificate = core_dist.X509Certificate.parse(Buffer.from(der));
    const v2 = certificate.extension(OID_FULCIO_ISSUER_V2)?.valueObj.subs?.[0]?.value.toString('ascii');
    const issuer = v2 ?? certificate.extension(OID_FULCIO_ISSUER_V1)?.value.toString('ascii') ?? '';
    const identity = certificate.subjectAltName ?? '';
    if (!signer.identities.includes(identity) || issuer !== signer.issuer)
        throw new Error(`signed by ${identity}`);
    const { dsseEnvelope } = bundle.content;
    if (dsseEnvelope.payloadType !== INTOTO_PAYLOAD_TYPE)
        throw new Error('not an in-toto statement');
    const envelope = {
        payloadType: dsseEnvelope.payloadType,
        payload: Buffer.from(dsseEnvelope.payload).toString('base64'),
        signatures: dsseEnvelope.signatures.map((s) => ({ keyid: s.keyid, sig: Buffer.from(s.sig).toString('base64') })),
    };
    const key = (0,external_node_crypto_.createPublicKey)({ key: certificate.publicKey, format: 'der', type: 'spki' });
    if (!envelopeVerifies(envelope, key))
        throw new Error('signature does not verify');
    return { statement: parseStatement(dsseEnvelope.payload), identity };
}
/** Bundle referrers read at once. */
const READS = 6;
/**
 * The bundle referrers of `digest`, listed and read (several at a time). This needs no key, so the
 * sign step starts it while the key is still being decrypted.
 */
async function fetchBundles(store, digest) {
    const listed = bundleReferrers({ manifests: await store.referrers(digest) });
    return mapPool(listed, READS, async (descriptor) => {
        try {
            const manifest = await store.getManifest(descriptor.digest);
            const text = await readBundleReferrer(manifest.bytes, digest, (d) => readBlob(store, d));
            return { descriptor, bundle: JSON.parse(text) };
        }
        catch (error) {
            return { descriptor, error };
        }
    });
}
/**
 * Predicate types already signed for `digest` by the expected signer, each with the referrer that
 * carries it. A referrer that cannot be read or does not verify simply does not count. `fetched`:
 * the bundles when they were read earlier (fetchBundles), else they are read now.
 */
async function signedAlready(store, digest, signer, logger, fetched = fetchBundles(store, digest)) {
    const found = new Map();
    let who;
    const hex = media_digestHex(digest);
    for (const { descriptor, bundle, error: unread } of await fetched) {
        try {
            if (bundle === undefined)
                throw unread;
            let statement;
            if (signer.kind === 'key') {
                statement = verifyStatements([{ source: descriptor.digest, bundle }], digest, {
                    key: signer.config.key,
                }).verified[0].statement;
                who = signer.config.key.hint;
            }
            else {
                const checked = certificateStatement(bundle, signer);
                statement = checked.statement;
                who = checked.identity;
                if (!statement.subject.some((s) => String(s.digest.sha256 ?? '').toLowerCase() === hex)) {
                    throw new Error('about another digest');
                }
            }
            if (!found.has(statement.predicateType))
                found.set(statement.predicateType, descriptor.digest);
        }
        catch (error) {
            if (error instanceof errors/* ArtefactsError */.E && ['REGISTRY_AUTH', 'REGISTRY_UNAVAILABLE'].includes(error.code))
                throw error;
            logger.debug(`Referrer ${descriptor.digest} does not count as signed already: ${(0,errors/* describeError */.Uc)(error)}`);
        }
    }
    return { referrers: found, signer: who };
}
/** True when the digest's cosign v2 `.sig` tag holds a signature that verifies with this key. */
async function hasLegacySignature(store, digest, key, logger) {
    try {
        return (await verifyImage(store, digest, { key }, (0,log/* memoryLogger */.Uu)())).legacy.length > 0;
    }
    catch (error) {
        if (error instanceof errors/* ArtefactsError */.E && ['REGISTRY_AUTH', 'REGISTRY_UNAVAILABLE'].includes(error.code))
            throw error;
        logger.debug(`No cosign v2 signature by this key on ${digest}: ${(0,errors/* describeError */.Uc)(error)}`);
        return false;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/sign/image-access.ts





function registryAccess(get) {
    const { username, password } = inputs_credentialPair(get);
    return { registryUsername: username, registryPassword: password };
}
/**
 * `image` parsed, as every reference input is. A newline or another control character is refused in
 * the whole value first: an `oci:` directory would otherwise carry it into the path checked later,
 * whose error would show a part of the value.
 */
function imageReference(value) {
    plainValue('image', value);
    return referenceInput('image', value);
}
/** The store behind `image` and the digest it points at, resolved once (HEAD). */
async function resolveImage(value, access, environment, purpose) {
    const ref = imageReference(value);
    const ws = workspace(environment.cwd, access.allowOutsideWorkspace);
    const store = storeFromInputs(ref, access, environment, linksBeneath(ws, 'image'));
    const target = referenceTarget(ref);
    const descriptor = await store.resolve(target);
    if (descriptor === undefined) {
        throw new errors/* ArtefactsError */.E('REGISTRY_NOT_FOUND', `Image ${value} not found in ${store.location}.`, {
            hint: 'Push the image first, and sign the reference the build step printed (ideally by digest).',
        });
    }
    if (ref.digest !== undefined && descriptor.digest !== ref.digest) {
        throw new errors/* ArtefactsError */.E('DIGEST_MISMATCH', `${value} resolved to ${descriptor.digest}.`);
    }
    if (ref.digest === undefined) {
        environment.logger.notice(purpose === 'sign'
            ? `Resolved ${value} to ${descriptor.digest}; signing the digest, not the tag.`
            : `Resolved ${value} to ${descriptor.digest}; verifying the signatures of that digest.`);
    }
    const name = formatReference(ref, { tag: undefined, digest: undefined });
    return {
        ref,
        store,
        name,
        descriptor: { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size },
    };
}
/** An `oci:` layout image stays in the workspace as every other path input. */
function layoutInWorkspace(ws, value) {
    if (value === undefined || value === '')
        return;
    const ref = imageReference(value);
    if (ref.kind === 'layout')
        paths_inWorkspace(ws, 'image', ref.path);
}

;// CONCATENATED MODULE: ./packages/core/src/sign/run.ts
/**
 * The sign action's entry point (shared with `artefacts sign` / `artefacts attest`): inputs →
 * signing config → the image resolved ONCE to its digest → bundles pushed as referrers (or
 * `.sigstore.json` files) → outputs and a job summary. Verify's is verify-run.ts.
 */




















/** Inputs whose values are secrets (masked as soon as read). */
const SIGN_SECRETS = ['key', 'key-password', 'identity-token', 'registry-password', 'github-token'];
/** Inputs naming files (read or written beside): confined to the workspace unless in allow-outside-workspace. */
const SIGN_PATH_INPUTS = [
    'image',
    'files',
    'checksums',
    'key',
    'predicate-path',
    'sbom-path',
    'attest-path',
    'signing-config',
];
function parseSignInputs(get) {
    const inputs = parseSigningInputs(get);
    const access = registryAccess(get);
    if (inputs.image)
        imageReference(inputs.image);
    return {
        ...inputs,
        ...access,
        allowOutsideWorkspace: parseAllowOutsideWorkspace(get, SIGN_PATH_INPUTS),
        githubAttestations: oneOf(get, 'github-attestations', ['auto', 'always', 'never'], 'auto'),
        githubToken: optionalBlock(get, 'github-token'),
    };
}
function api(inputs, environment) {
    const { env, github } = environment;
    const token = inputs.githubToken ?? env.GITHUB_TOKEN;
    const repository = env.GITHUB_REPOSITORY;
    if (!token || !repository || !github)
        return undefined;
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
        return undefined;
    environment.logger.secret(token);
    return new GitHubApi({
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        token,
        owner,
        repo,
        logger: environment.logger,
    });
}
async function readInput(path, input, cwd) {
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, path), 'utf8');
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)(input, path, `a readable file (${(0,errors/* describeError */.Uc)(error)})`);
    }
}
async function attestationsFor(inputs, environment, config) {
    const out = [];
    if (inputs.provenance) {
        // Keyless: the OIDC token's claims name the builder (job_workflow_ref), as GitHub's provenance does.
        const claims = config.kind === 'keyless' && environment.github ? tokenClaims(await config.identityToken()) : undefined;
        out.push(provenanceAttestation(environment.github, environment.env, claims));
    }
    if (inputs.predicateType) {
        const json = inputs.predicatePath
            ? await readInput(inputs.predicatePath, 'predicate-path', environment.cwd)
            : (inputs.predicate ?? '');
        const source = inputs.predicatePath ? { input: 'predicate-path', path: inputs.predicatePath } : 'predicate';
        out.push(customAttestation(inputs.predicateType, json, source));
    }
    if (inputs.sbomPath) {
        out.push(sbomAttestation(await readInput(inputs.sbomPath, 'sbom-path', environment.cwd), 'sbom-path', inputs.sbomPath));
    }
    if (inputs.attestType) {
        const document = inputs.attestPath ? await readInput(inputs.attestPath, 'attest-path', environment.cwd) : '';
        out.push(stepAttestation(inputs.attestType, document, inputs, environment));
    }
    return out;
}
/** Signs an image digest and/or files; pushes referrers or writes `.sigstore.json` bundles. */
async function runSign(inputs, environment) {
    checkConnectionSettings(environment.env);
    const { logger, cwd } = environment;
    // Every path input resolves inside the workspace (symbolic links followed) before a key is read.
    const ws = workspace(cwd, inputs.allowOutsideWorkspace);
    layoutInWorkspace(ws, inputs.image);
    paths_keyInWorkspace(ws, 'key', inputs.key);
    for (const [input, value] of [
        ['predicate-path', inputs.predicatePath],
        ['sbom-path', inputs.sbomPath],
        ['attest-path', inputs.attestPath],
        ['signing-config', inputs.signingConfig],
    ]) {
        if (value !== undefined)
            paths_inWorkspace(ws, input, value);
    }
    // Key decryption (scrypt) runs while the image digest is resolved.
    const configPromise = resolveSigningConfig(inputs, environment);
    configPromise.catch(() => undefined);
    const image = inputs.image ? await resolveImage(inputs.image, inputs, environment, 'sign') : undefined;
    // A re-run's check needs the signatures already there: they are read while the key is decrypted.
    const earlier = image && !inputs.force ? fetchBundles(image.store, image.descriptor.digest) : undefined;
    earlier?.catch(() => undefined);
    // Every subject is found and checked before anything is signed or pushed.
    const files = [];
    const allow = inputs.allowOutsideWorkspace;
    if (inputs.files.length > 0)
        files.push(...(await fileSubjects(cwd, inputs.files, 'files', allow)));
    const checksumFiles = inputs.checksums.length > 0 ? await fileSubjects(cwd, inputs.checksums, 'checksums', allow) : [];
    const listed = inputs.checksums.length > 0 ? await checksumSubjects(cwd, inputs.checksums, 'checksums', allow) : [];
    // A `.sigstore.json` written beside a file must not be a link out of the workspace either.
    for (const f of files)
        paths_inWorkspace(ws, 'files', `${f.path}${BUNDLE_SUFFIX}`);
    for (const f of checksumFiles)
        paths_inWorkspace(ws, 'checksums', `${f.path}${BUNDLE_SUFFIX}`);
    const config = await configPromise;
    const attestations = await attestationsFor(inputs, environment, config);
    const rows = [];
    const referrers = [];
    const bundlePaths = [];
    const signers = new Set();
    const logIndexes = [];
    const bundlesForGitHub = [];
    let legacyDigest;
    let kept = new Map();
    let signatures;
    if (image) {
        // A re-run: what this signer already signed for the digest is not signed and pushed again.
        if (!inputs.force) {
            const signer = await expectedSigner(config, environment.github?.serverUrl);
            const already = await signedAlready(image.store, image.descriptor.digest, signer, logger, earlier);
            kept = new Map(already.referrers);
            // A step's evidence (attest-type) is new each time: a later scan or test run of the same type is
            // attached beside the earlier one, not dropped as a re-run.
            if (inputs.attestType)
                kept.delete(attestations[attestations.length - 1].predicateType);
            if (already.signer !== undefined)
                signers.add(already.signer);
            for (const [predicateType, referrer] of kept) {
                logger.info(`Already signed by this signer: ${predicateType} (referrer ${referrer}); not signed again.`);
                rows.push({
                    what: `\`${image.name}@${image.descriptor.digest}\``,
                    kind: predicateType,
                    where: `referrer \`${referrer}\` (signed already; kept)`,
                });
            }
        }
        // cosign v2's .sig tag: ECDSA signatures differ every time, so a re-run would add a layer each run.
        const legacyKept = inputs.legacySignature && !inputs.force && config.kind === 'key'
            ? await hasLegacySignature(image.store, image.descriptor.digest, config.key, logger)
            : false;
        if (legacyKept)
            logger.info('The cosign v2 .sig tag already holds a signature by this key; not signed again.');
        signatures = await signImage({ name: image.name, descriptor: image.descriptor }, config, {
            attestations,
            legacy: inputs.legacySignature && !legacyKept,
            skip: new Set(kept.keys()),
        });
        if (signatures.referrers.length === 0 && !signatures.legacy && (kept.size > 0 || legacyKept)) {
            logger.notice(`${image.name}@${image.descriptor.digest} is already signed by this signer: nothing pushed (set force: true to sign again).`);
        }
    }
    /** Pushes what was signed for the image, and tells what went where. */
    const pushImageSignatures = async (image, signatures) => {
        // An image's referrers go together: one merge of a registry's fallback index for all of them.
        // The cosign v2 .sig tag (a tag of its own, no index) goes at the same time, under that settle.
        const legacy = signatures.legacy;
        const [referrersPushed, legacyPushed] = await Promise.allSettled([
            pushArtefacts(image.store, signatures.referrers.map((r) => r.artefact)),
            legacy === undefined ? undefined : pushLegacySignature(image.store, image.descriptor.digest, legacy),
        ]);
        // Both have ended (nothing goes on after a failure is thrown); the referrers' failure first.
        if (referrersPushed.status === 'rejected')
            throw referrersPushed.reason;
        if (legacyPushed.status === 'rejected')
            throw legacyPushed.reason;
        const pushedAll = referrersPushed.value;
        for (const [i, r] of signatures.referrers.entries()) {
            const pushed = pushedAll[i];
            if (!pushed.referrerIndexed) {
                throw new errors/* ArtefactsError */.E('REGISTRY_PROTOCOL', `${image.store.location} stored referrer ${pushed.digest} but did not index it as a referrer of ${image.descriptor.digest}.`);
            }
            logger.info(`Pushed ${r.predicateType} bundle as referrer ${pushed.digest}`);
            referrers.push(pushed.digest);
            signers.add(r.signed.signer);
            if (r.signed.transparencyLogIndex)
                logIndexes.push(r.signed.transparencyLogIndex);
            bundlesForGitHub.push(r.signed.bundle);
            rows.push({
                what: `\`${image.name}@${image.descriptor.digest}\``,
                kind: r.predicateType,
                where: `referrer \`${pushed.digest}\``,
            });
        }
        const sig = legacyPushed.value;
        if (sig !== undefined) {
            legacyDigest = sig.digest;
            logger.info(`Pushed cosign v2 signature ${sig.digest}${sig.merged ? ` (kept ${sig.merged} earlier)` : ''}`);
            rows.push({
                what: `\`${image.name}@${image.descriptor.digest}\``,
                kind: 'cosign v2 signature',
                where: `tag \`${image.descriptor.digest.replace(':', '-')}.sig\``,
            });
        }
    };
    // Files are signed in memory; their bundles are written beside them only once the image's are pushed.
    const signedFiles = await signFileBundles([...files, ...checksumFiles], config);
    const local = [];
    const localFailure = new Map();
    for (const f of signedFiles) {
        local.push({ path: f.bundlePath, content: f.bundle });
        localFailure.set(f.bundlePath, bundleWriteFailure(f.origin, BESIDE_FILES, f.bundlePath));
    }
    const fileRows = [];
    for (const f of signedFiles) {
        bundlePaths.push(f.bundlePath);
        signers.add(f.signer);
        if (f.transparencyLogIndex)
            logIndexes.push(f.transparencyLogIndex);
        fileRows.push({
            what: `\`${(0,external_node_path_.relative)(cwd, f.path)}\``,
            kind: 'signature',
            where: `\`${(0,external_node_path_.relative)(cwd, f.bundlePath)}\``,
        });
    }
    // Attestations about files: one DSSE bundle per attestation over every file subject.
    const fileAttestationSubjects = [...files, ...listed];
    const fileBundlesForGitHub = [];
    if (fileAttestationSubjects.length > 0 && attestations.length > 0) {
        const anchorFile = (checksumFiles[0] ?? files[0]);
        const anchor = anchorFile.path;
        for (const a of attestations) {
            const slug = a.predicateType
                .replace(/^[a-z]+:\/\//i, '')
                .replace(/[^A-Za-z0-9.-]+/g, '-')
                .replace(/-+$/, '');
            const signed = await signStatement(statement(toSubjects(fileAttestationSubjects), a.predicateType, a.predicate), config);
            const path = `${anchor}.${slug}.intoto.sigstore.json`;
            paths_inWorkspace(ws, checksumFiles[0] ? 'checksums' : 'files', path);
            local.push({ path, content: `${bundleText(signed.bundle)}\n` });
            localFailure.set(path, bundleWriteFailure(anchorFile.origin, `files beside which an attestation bundle (${(0,external_node_path_.basename)(path)}) can be written`, path));
            bundlePaths.push(path);
            signers.add(signed.signer);
            if (signed.transparencyLogIndex)
                logIndexes.push(signed.transparencyLogIndex);
            fileBundlesForGitHub.push(signed.bundle);
            fileRows.push({
                what: `${fileAttestationSubjects.length} file(s)`,
                kind: a.predicateType,
                where: `\`${(0,external_node_path_.relative)(cwd, path)}\``,
            });
        }
    }
    // Every signature is made before anything is published. The bundles are written beside their
    // files under temporary names first (a directory that cannot take them fails the run before any
    // push), then the image's are pushed, then the files are put in place: a failed push leaves none.
    const staged = await stageFiles(local, (error, where) => localFailure.get(where.file.path)(error, where));
    if (image && signatures) {
        try {
            await pushImageSignatures(image, signatures);
        }
        catch (error) {
            await staged.discard();
            throw error;
        }
    }
    await staged.commit();
    rows.push(...fileRows);
    bundlesForGitHub.push(...fileBundlesForGitHub);
    const uploads = [];
    if (inputs.githubAttestations !== 'never' && config.kind === 'keyless') {
        const client = api(inputs, environment);
        for (const bundle of bundlesForGitHub) {
            const result = await uploadAttestation(client, bundle, inputs.githubAttestations, logger);
            if (result.id !== undefined)
                uploads.push(result.id);
            if (!result.uploaded)
                break;
        }
    }
    const signer = [...signers].join('\n');
    // Keyless: the identity Fulcio certified and the issuer it copied from the token, as verify takes them.
    const issuer = config.kind === 'keyless' ? String(tokenClaims(await config.identityToken()).iss ?? '') : undefined;
    if (issuer !== undefined && signers.size > 0) {
        logger.info(`Signed keyless as ${[...signers].join(', ')} (issuer ${issuer}): verify with certificate-identity ${[...signers][0]} and certificate-oidc-issuer ${issuer}.`);
    }
    const result = {
        digest: image?.descriptor.digest ?? null,
        image: image ? `${image.name}@${image.descriptor.digest}` : null,
        referrers,
        /** Referrers by predicate type that a re-run found signed by the same signer and left as they were. */
        signedAlready: Object.fromEntries(kept),
        legacySignature: legacyDigest ?? null,
        bundlePaths,
        signer: [...signers],
        transparencyLogIndex: logIndexes,
        githubAttestations: uploads,
    };
    const summary = [
        '### Signed',
        '',
        ...(image ? [`Digest: \`${image.descriptor.digest}\``, ''] : []),
        '| Subject | Kind | Written to |',
        '| --- | --- | --- |',
        ...rows.map((r) => `| ${r.what} | ${r.kind} | ${r.where} |`),
        '',
        `Signer: ${[...signers].map((s) => `\`${s}\``).join(', ')}${config.kind === 'key' && logIndexes.length === 0 ? ' (key-based, no transparency log entry: cosign v3 verifies it with `--insecure-ignore-tlog`)' : ''}`,
        ...(issuer !== undefined ? ['', `Issuer: \`${issuer}\``] : []),
        ...(logIndexes.length > 0 ? ['', `Transparency log index: ${logIndexes.join(', ')}`] : []),
        '',
    ].join('\n');
    return {
        outputs: {
            digest: image?.descriptor.digest ?? '',
            'bundle-paths': bundlePaths.join('\n'),
            referrers: referrers.join('\n'),
            signer,
            'transparency-log-index': logIndexes.join('\n'),
            json: JSON.stringify(result),
        },
        summary: jobSummary('sign', image?.descriptor.digest ?? '', environment.github, summary),
    };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

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

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

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

/***/ 4649:
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

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

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

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 6460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 3195:
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

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
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
    process.stdout.write(cmd.toString() + external_os_.EOL);
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
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
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
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
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


const { access, appendFile, writeFile } = external_fs_.promises;
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
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
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
        return this.addRaw(external_os_.EOL);
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
const platform = external_os_.platform();
const arch = external_os_.arch();
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
    process.stdout.write(external_os_.EOL);
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
    process.stdout.write(message + external_os_.EOL);
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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(3079);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

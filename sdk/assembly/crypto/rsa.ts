// RSA signature verification, the public face: a key checked once, then PKCS#1 v1.5 or PSS
// checks against it. Each concern lives in its own module; this one only gathers them.

export { RSA_MAX_BITS, RSA_MIN_BITS, RsaPublicKey } from "./rsa-key";
export { rsaPkcs1v15Verify } from "./rsa-pkcs1";
export { PSS_SALT_LENGTH_AUTO, rsaPssVerify } from "./rsa-pss";

/** The kit's version, checked against package.json by a test. */
export const KIT_VERSION = '0.1.0';

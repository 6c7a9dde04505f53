/** The extension's own pages, and the one message the secure frame sends its parent: its height. */
export const SECURE_FRAME_PATH = 'extension/pages/secure-frame/index.html';
export const OPTIONS_PAGE_PATH = 'extension/pages/options/index.html';
export const FRAME_HEIGHT_MESSAGE = 'esr-mfa-frame-height';
/** The secure frame's address says which language to speak in (?lang=cy): see secure-frame-embed.tsx. */
export const FRAME_LANGUAGE_PARAMETER = 'lang';

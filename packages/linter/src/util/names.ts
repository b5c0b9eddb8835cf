/** invalid_char() (tools.c): the first character HAProxy refuses in a section, server, peer or ACL name (letters, digits, `_`, `.`, `:`, `-` pass). */
export const INVALID_NAME_CHAR = /[^A-Za-z0-9_.:-]/;

/**
 * The form names are searched in: without diacritics, `đ` as `d`, lower case, single spaces. Stored
 * beside each name and applied to the query, so "nguyen van a" finds "Nguyễn Văn A" on both databases
 * without collations or extensions.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern matching `key` anywhere, with LIKE's own wildcards in the key taken literally. */
export function containsPattern(key: string): string {
  return `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

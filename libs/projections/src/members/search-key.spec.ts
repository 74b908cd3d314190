import { containsPattern, searchKey } from './search-key';

describe('searchKey', () => {
  it('folds Vietnamese diacritics and đ so that unaccented queries match', () => {
    expect(searchKey('Nguyễn Văn A')).toBe('nguyen van a');
    expect(searchKey('Đặng  Thị   Ánh')).toBe('dang thi anh');
    expect(searchKey('Hoàng Đức Thắng')).toBe('hoang duc thang');
  });

  it('gives the same key for composed and decomposed input', () => {
    expect(searchKey('Nguyễn'.normalize('NFD'))).toBe(searchKey('Nguyễn'.normalize('NFC')));
  });

  it('escapes LIKE wildcards in what the user typed', () => {
    expect(containsPattern('a_b%')).toBe('%a\\_b\\%%');
  });
});

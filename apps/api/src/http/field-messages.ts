/**
 * The Vietnamese of class-validator's messages, by constraint: a body's field errors come in both
 * languages (FieldError.vi beside `messages`), so the console shows them next to their fields in the
 * user's language. The English message is the source of the figures it names (a length, a bound);
 * a constraint not listed here says only that the value is not valid.
 */
const figure = (english: string): string => /(\d+)/.exec(english)?.[1] ?? '';

const VIETNAMESE: Readonly<Record<string, (english: string) => string>> = {
  isDefined: () => 'bắt buộc phải có',
  isNotEmpty: () => 'không được để trống',
  isString: () => 'phải là chữ',
  maxLength: (english) => `không được dài quá ${figure(english)} ký tự`,
  minLength: (english) => `phải dài ít nhất ${figure(english)} ký tự`,
  isIn: () => 'phải là một trong các giá trị được liệt kê',
  isLocalDate: () => 'phải là một ngày có thật (năm-tháng-ngày)',
  isInt: () => 'phải là số nguyên',
  isNumber: () => 'phải là số',
  min: (english) => `không được nhỏ hơn ${figure(english)}`,
  max: (english) => `không được lớn hơn ${figure(english)}`,
  isBoolean: () => 'phải là có hoặc không',
  isObject: () => 'phải là một nhóm thông tin',
  isArray: () => 'phải là một danh sách',
  arrayMinSize: (english) => `cần ít nhất ${figure(english)} mục`,
  arrayMaxSize: (english) => `nhiều nhất ${figure(english)} mục`,
  whitelistValidation: () => 'không có trường này',
  nestedValidation: () => 'phải là một nhóm thông tin',
  matches: (english) => {
    if (english.includes('12 digits')) return 'phải gồm đúng 12 chữ số';
    if (english.includes('member id')) return 'phải là mã hồ sơ đảng viên';
    if (english.includes('a-z')) return 'chỉ gồm 3–64 chữ thường a-z, chữ số, ".", "_" hoặc "-"';
    if (english.includes('letters, digits'))
      return 'chỉ gồm 1–64 chữ cái, chữ số, ".", "_" hoặc "-", bắt đầu bằng chữ hoặc số';
    return 'không đúng định dạng';
  },
};

/** One constraint's message in Vietnamese. */
export function vietnameseMessage(constraint: string, english: string): string {
  return (VIETNAMESE[constraint] ?? (() => 'giá trị không hợp lệ'))(english);
}

/**
 * Word lists for fictional demo institutions in 宿迁市: its five county-level districts (real
 * GB/T 2260 codes), towns and streets to name 卫生院 and 社区卫生服务中心 after, and the brand words,
 * surnames and given names private hospitals and clinics are typically called by. All institution
 * names built from these are fictional.
 */

export interface DemoDistrict {
  code: string;
  name: string;
  /** Short form used in private institutions' names (沭阳仁和医院). */
  short: string;
  /** County seat label for 县人民医院-style names: 沭阳县, 宿城区. */
  county: boolean;
  /** Share of the city's institutions. */
  weight: number;
  towns: string[];
  streets: string[];
}

export const CITY_NAME = '宿迁市';
export const CITY_CODE = '321300';

export const DEMO_DISTRICTS: DemoDistrict[] = [
  {
    code: '321302', name: '宿城区', short: '宿城', county: false, weight: 0.2,
    towns: ['耿车', '埠子', '龙河', '洋北', '中扬', '陈集', '罗圩', '屠园'],
    streets: ['幸福', '项里', '古城', '河滨', '黄河', '双庄', '蔡集', '王官集'],
  },
  {
    code: '321311', name: '宿豫区', short: '宿豫', county: false, weight: 0.15,
    towns: ['来龙', '丁嘴', '关庙', '曹集', '侍岭', '大兴', '仰化', '新庄'],
    streets: ['顺河', '豫新', '下相', '井头', '运河湾'],
  },
  {
    code: '321322', name: '沭阳县', short: '沭阳', county: true, weight: 0.28,
    towns: ['胡集', '钱集', '韩山', '扎下', '庙头', '悦来', '马厂', '贤官', '陇集', '青伊湖', '桑墟', '潼阳', '龙庙', '高墟'],
    streets: ['沭城', '梦溪', '十字', '南湖', '章集'],
  },
  {
    code: '321323', name: '泗阳县', short: '泗阳', county: true, weight: 0.18,
    towns: ['爱园', '王集', '裴圩', '新袁', '李口', '卢集', '穿城', '张家圩', '三庄', '高渡'],
    streets: ['众兴', '来安', '城厢', '八集'],
  },
  {
    code: '321324', name: '泗洪县', short: '泗洪', county: true, weight: 0.19,
    towns: ['双沟', '上塘', '魏营', '瑶沟', '石集', '城头', '龙集', '半城', '孙园', '梅花', '归仁', '金锁'],
    streets: ['青阳', '大楼', '车门', '泗洪经济开发区'],
  },
];

/** Brand words private hospitals and clinics use; combined with a place they make the name. */
export const BRANDS = [
  '仁和', '康宁', '瑞康', '济民', '同仁', '博爱', '华夏', '安康', '永康', '德仁', '明德', '益民', '惠民', '协和',
  '天和', '恒康', '明珠', '爱心', '正大', '和美', '雅美', '贝佳', '新视界', '光明', '长寿', '百姓', '仁爱', '慈济',
  '宏康', '万家', '御康', '泰和', '嘉禾', '东方', '春晖', '怡康', '佳美', '睿德', '致和', '信德', '君安', '沐春',
];

export const SPECIALTY_HOSPITALS = ['眼科医院', '口腔医院', '骨科医院', '妇产医院', '医疗美容医院', '男科医院', '康复医院', '肛肠医院', '皮肤病医院', '耳鼻喉医院'];
export const OUTPATIENT_KINDS = ['口腔门诊部', '中医门诊部', '综合门诊部', '医疗美容门诊部', '中西医结合门诊部', '口腔门诊部', '健康体检门诊部'];
export const CLINIC_KINDS = ['中医诊所', '口腔诊所', '西医内科诊所', '中西医结合诊所', '内科诊所', '医疗美容诊所', '中医（综合）诊所', '外科诊所'];
export const PUBLIC_SPECIALTY = ['宿迁市传染病医院', '宿迁市口腔医院', '宿迁市精神卫生中心', '宿迁市肿瘤医院', '宿迁市康复医院', '宿迁市眼科医院'];
export const CITY_GENERAL = ['宿迁市第一人民医院', '宿迁市钟吾医院', '宿迁市第二人民医院'];
export const PROVINCIAL_DIRECT = ['江苏省人民医院宿迁分院', '江苏省宿迁监狱医院', '江苏省荣军医院宿迁院区'];

export const SURNAMES = [
  '王', '张', '李', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗',
  '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '萧', '程', '曹', '袁', '邓', '许', '傅', '沈', '曾', '彭', '吕',
  '蒋', '蔡', '丁', '魏', '薛', '叶', '阎', '余', '潘', '杜', '戴', '夏', '钟', '汪', '田', '任', '姜', '范', '方', '石',
];

export const GIVEN_NAMES = [
  '建国', '建华', '国庆', '志强', '海燕', '秀英', '丽娟', '春梅', '红霞', '卫东', '文明', '晓东', '小红', '永刚', '明亮',
  '玉兰', '桂英', '德胜', '长青', '立新', '伟', '敏', '静', '磊', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰',
  '霞', '平', '刚', '桂芳', '文静', '婷婷', '浩然', '子涵', '晨曦', '宇航', '思远', '欣怡', '梦瑶', '俊杰', '雨萱',
];

export const CHINESE_DIGITS = ['', '第二', '第三', '第四'];

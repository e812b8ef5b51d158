/**
 * A small development set for tuning the understanding (issue 23) while the frozen held-out set
 * (test/search/heldout/) is not to be looked at: fresh wordings written from situations, in no
 * phrase list, each with the goals of the bundled flow that answer it. Tuning may look at this
 * file; it is reported apart from the held-out set, as "dev".
 */
import type { TroubleQuery } from './trouble-queries.js';

const LIVING = ['money-living-now', 'money-living-later'];
const d = (category: TroubleQuery['category'], form: TroubleQuery['form'], query: string, expect: string | readonly string[]): TroubleQuery => ({
  query,
  expect: typeof expect === 'string' ? [expect] : expect,
  category,
  form,
});

export const DEV_TROUBLES: readonly TroubleQuery[] = [
  d('money', 'colloquial', '財布に千円しか残ってない', LIVING),
  d('money', 'colloquial', 'ガス止まった', LIVING),
  d('money', 'plain', '電気料金を払うお金がない', LIVING),
  d('money', 'colloquial', '口座の残高がゼロ', LIVING),
  d('money', 'colloquial', 'なまら金ない', LIVING),
  d('money', 'plain', '年金だけじゃやっていけない', LIVING),
  d('money', 'plain', '毎月赤字でやりくりできません', LIVING),
  d('money', 'colloquial', '大家から出てけって言われてる', ['money-rent', 'emergency-housing']),
  d('money', 'plain', '今月の部屋代が足りない', 'money-rent'),
  d('money', 'kana', 'やちんためちゃった', 'money-rent'),
  d('money', 'plain', 'リボの返済で首が回らない', 'money-debt'),
  d('money', 'colloquial', 'ヤミ金から電話がくる', 'money-debt'),
  d('money', 'plain', '市役所から赤い封筒が届いた', 'money-tax'),
  d('money', 'plain', '国保の督促状がきた', 'money-tax'),
  d('money', 'variant', 'ｶｰﾄﾞﾛｰﾝが返せない', 'money-debt'),
  d('work', 'plain', '高校を辞めてからずっと家にいる', ['work-search-young', 'health-hikikomori']),
  d('work', 'plain', '会社が潰れた', 'work-lost'),
  d('work', 'colloquial', 'バイトのシフト全部切られた', 'work-lost'),
  d('work', 'plain', '店長に毎日怒鳴られる', 'work-trouble'),
  d('work', 'plain', '残業代を払ってもらえない', 'work-trouble'),
  d('work', 'colloquial', 'ハロワってどこ', 'work-search-jobs'),
  d('work', 'plain', '日雇いの仕事を探したい', 'work-search-jobs'),
  d('work', 'plain', '何年も働いてないので面接がこわい', 'work-search-support'),
  d('emergency', 'colloquial', '冷蔵庫が空', 'emergency-foodbank'),
  d('emergency', 'colloquial', '腹減って死にそう', 'emergency-foodbank'),
  d('emergency', 'plain', '三日なにも口にしていない', 'emergency-foodbank'),
  d('emergency', 'plain', 'お米を分けてほしい', 'emergency-foodbank'),
  d('emergency', 'plain', '子どもに晩ご飯を食べさせられない', ['emergency-kids-meal', 'emergency-foodbank']),
  d('emergency', 'colloquial', 'ネカフェで寝泊まりしてる', 'emergency-housing'),
  d('emergency', 'plain', '今夜寝るところがありません', 'emergency-housing'),
  d('emergency', 'plain', '公園で寝ている', 'emergency-housing'),
  d('emergency', 'plain', '旦那に殴られた', ['emergency-violence', 'family-abuse']),
  d('emergency', 'plain', '彼氏にスマホを見られて束縛される', 'emergency-violence'),
  d('emergency', 'plain', '元彼に待ち伏せされる', 'emergency-violence'),
  d('health', 'plain', '夜眠れなくて涙が止まらない', 'health-mind'),
  d('health', 'colloquial', '誰とも話してない', 'health-mind'),
  d('health', 'plain', '息子がずっと部屋にこもっている', 'health-hikikomori'),
  d('health', 'plain', '歯が痛いけど歯医者に行くお金がない', 'health-medical'),
  d('health', 'plain', '保険証を持っていない', 'health-medical'),
  d('health', 'plain', '子どもの言葉が遅い気がする', 'health-disability'),
  d('health', 'plain', '障害者手帳を取りたい', 'health-disability'),
  d('health', 'colloquial', 'パチスロがやめられない', 'health-addiction'),
  d('health', 'plain', '毎晩飲まずにいられない', 'health-addiction'),
  d('family', 'plain', '赤ちゃんが夜泣きして眠れない', 'family-childcare'),
  d('family', 'plain', '保育園に入れなかった', 'family-childcare'),
  d('family', 'colloquial', 'シンママで生活きつい', ['family-single', ...LIVING]),
  d('family', 'plain', '母が物忘れがひどくなった', 'family-care'),
  d('family', 'plain', '父の介護で仕事を辞めそう', 'family-care'),
  d('family', 'plain', '子どもについ手が出てしまう', 'family-abuse'),
  d('family', 'plain', '隣の家から子どもの泣き声がずっとする', 'family-abuse'),
  d('family', 'plain', '夫と別れたいけどお金が心配', 'family-divorce'),
  d('family', 'plain', '元夫が養育費を払わない', ['family-divorce', 'family-single']),
  d('money', 'en', 'I have no money left for food', ['emergency-foodbank', ...LIVING]),
  d('work', 'en', 'my boss yells at me', 'work-trouble'),
  d('emergency', 'en', 'my husband hits me', 'emergency-violence'),
];

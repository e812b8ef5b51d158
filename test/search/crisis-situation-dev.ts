/**
 * Development lines for the third signal of cries for help (src/search/crisis-situation.ts):
 * what a person typed, understood as one of the flow's crisis situations. Written for this work
 * (issue #23 item 3), from situations, not from any held-out file; the thresholds were chosen on
 * these lines, test/search/heldout/ (set 1) and the trouble and name queries.
 *
 * - act: an act or a wish; the lines of that situation must show.
 * - distress: distress without an act; a listening line must go with the results.
 * - trap: ordinary words that share words with cries; nothing may be raised.
 */
export type SituationDevLine =
  | { readonly tier: 'act'; readonly query: string; readonly goal: 'emergency-suicide' | 'emergency-violence' | 'family-abuse' }
  | { readonly tier: 'distress'; readonly query: string }
  | { readonly tier: 'trap'; readonly query: string };

const act = (goal: 'emergency-suicide' | 'emergency-violence' | 'family-abuse', queries: readonly string[]): SituationDevLine[] =>
  queries.map((query) => ({ tier: 'act', query, goal }));

export const SITUATION_DEV: readonly SituationDevLine[] = [
  ...act('emergency-suicide', [
    '生きる意味がもう分からない',
    '消えてしまいたいと毎晩思う',
    '練炭と七輪を車に積んだ',
    '遺書を机の引き出しに入れた',
    '首を吊るロープを買ってきた',
    '飛び降りる場所を下見した',
    'リストカットの跡が増えていく',
    '睡眠薬を一気に全部飲んだ',
    '自傷が止められない',
    '楽になりたい、もう終わりにしたい',
    '希死念慮がずっとある',
    '自死を考えている',
    '死に場所を探して歩いてる',
    '硫化水素の作り方',
    '身辺整理を始めた',
    '根性焼きがやめられない',
    'アムカの跡を隠したい',
    '市販薬のまとめ飲みがやめられない',
    '生きるのに疲れた',
  ]),
  ...act('emergency-violence', [
    '夫に毎晩怒鳴られて物を投げられる',
    '交際相手に首を絞められた',
    '同居人に蹴られてあざができた',
    '元夫につきまとわれて待ち伏せされる',
    '性被害にあった',
    '盗撮されてリベンジポルノをばらまかれた',
    '家庭内暴力を受けている',
    '交際相手から性的暴行を受けた',
    '無理やり関係を強要された',
    '経済的暴力と精神的暴力がひどい',
  ]),
  ...act('family-abuse', [
    '継父に殴られて家に帰りたくない',
    'イライラして子供をつねってしまう',
    '育児放棄されている子が隣にいる',
    '子どもが憎いと思ってしまう',
    '赤ちゃんを強く揺さぶってしまう',
    'しつけと称して物置に閉じ込められる',
  ]),
  ...(['疲れ果てて何もできない', '誰にも相談できなくてつらい', '孤独で眠れない夜が続く', 'もう気力がない、限界', '話を聞いてほしい', '疲労困憊でもう動けない', 'うつっぽくて気分の落ち込みがひどい', '虚無感と孤独感でいっぱい', '不安とストレスで押しつぶされそう', '燃え尽き症候群かもしれない'] as const).map(
    (query): SituationDevLine => ({ tier: 'distress', query }),
  ),
  ...([
    '死亡届',
    '遺族年金',
    'DV相談の窓口はどこ',
    '暴力団排除',
    'ネットで叩かれた',
    '自殺点',
    'お腹が空いて死にそう',
    '首になった',
    '薬局',
    '殺虫剤',
    '死ぬほど忙しい',
    '消えたデータを戻したい',
    '太鼓を叩くサークル',
    '睡眠薬の飲み方',
    '生命保険の解約',
    '心療内科の予約',
    'ロープの結び方',
    '最期を看取る',
    '市販薬の値段',
    '暴行事件のニュース',
    '働くのが不安',
    'ストレス発散の方法',
    '女性相談支援センターの場所',
  ] as const).map((query): SituationDevLine => ({ tier: 'trap', query })),
];

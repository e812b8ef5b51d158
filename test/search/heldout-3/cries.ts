/**
 * Third held-out set, written blind (2026-12-07): cries for help. See README.md.
 * 'act': a cry naming or describing an act (crisis lines at once).
 * 'distress': distress without an act (a listening line, not necessarily crisis lines).
 */

export type CryKind = 'suicide' | 'self-harm' | 'overdose' | 'violence' | 'child-abuse' | 'sexual-violence';

export type CryForm =
  | 'plain'
  | 'described'
  | 'around'
  | 'teen'
  | 'elderly'
  | 'parent'
  | 'foreign-easy'
  | 'english'
  | 'typo'
  | 'hiragana'
  | 'halfwidth-katakana'
  | 'dialect'
  | 'emoji'
  | 'long';

export interface ActCry {
  readonly tier: 'act';
  readonly query: string;
  readonly kind: CryKind;
  readonly form: CryForm;
}

export interface DistressCry {
  readonly tier: 'distress';
  readonly query: string;
  readonly form: CryForm;
}

const act = (query: string, kind: CryKind, form: CryForm): ActCry => ({ tier: 'act', query, kind, form });
const distress = (query: string, form: CryForm): DistressCry => ({ tier: 'distress', query, form });

export const ACT_CRIES: readonly ActCry[] = [
  // suicide
  act('もう終わりにしたい、明日の朝を迎えたくない', 'suicide', 'around'),
  act('遺書を書き終えました', 'suicide', 'described'),
  act('駅のホームで次の電車に飛び込もうか迷ってる', 'suicide', 'described'),
  act('しにたい　もうむり', 'suicide', 'hiragana'),
  act('ｼﾆﾀｲ ﾀｽｹﾃ', 'suicide', 'halfwidth-katakana'),
  act('もう消えてしまいたい。生きてる意味がわからん', 'suicide', 'around'),
  act('死にたいっしょ、もうなんもかんもいやだわ', 'suicide', 'dialect'),
  act('もう死にたいねん、誰もわかってくれへん', 'suicide', 'dialect'),
  act('I want to kill myself', 'suicide', 'english'),
  act('わたし しにたい です。たすけて ください', 'suicide', 'foreign-easy'),
  act('市にたい', 'suicide', 'typo'),
  act('自殺の方法を調べてしまう', 'suicide', 'described'),
  act('屋上の柵を越えようとしてる', 'suicide', 'described'),
  act('年寄りはもう死んだ方が家族のためだと思う、首をくくる縄を用意した', 'suicide', 'elderly'),
  act('学校行きたくない、もう飛び降りたい😭', 'suicide', 'teen'),
  act('😢😢もういなくなりたい、この世から', 'suicide', 'emoji'),
  act('練炭を買ってきて車の中にいます', 'suicide', 'described'),
  act('仕事で失敗して上司に毎日怒鳴られて家に帰っても誰もいなくて、ご飯も食べてなくて、もう死のうと思ってて、でも家賃の振込だけは済ませておかないとと思って', 'suicide', 'long'),
  act('生きるのやめたい', 'suicide', 'around'),
  act('じさつしたい', 'suicide', 'hiragana'),
  act('もう死ぬけん、さよなら', 'suicide', 'dialect'),
  act('海に入って帰らないつもりで来た', 'suicide', 'described'),
  act('明日になったら全部終わらせる、身辺整理は済んだ', 'suicide', 'around'),
  // self-harm
  act('リスカがやめられない', 'self-harm', 'plain'),
  act('またカッターで腕を切ってしまった', 'self-harm', 'described'),
  act('手首きったら血がとまらない', 'self-harm', 'teen'),
  act('自分を傷つけたくなる衝動がおさえられない', 'self-harm', 'plain'),
  act('じぶんのうで きってしまう', 'self-harm', 'hiragana'),
  act('ﾘｽｶしちゃった', 'self-harm', 'halfwidth-katakana'),
  act('壁に頭を打ちつけるのが止まらない', 'self-harm', 'described'),
  act('I cut myself again last night', 'self-harm', 'english'),
  act('自傷行為がひどくなってる🩸', 'self-harm', 'emoji'),
  act('腕に根性焼きを何度もしてる', 'self-harm', 'described'),
  act('娘が隠れて手首を切っているみたい、袖をまくらない', 'self-harm', 'parent'),
  act('自称行為がやめられない', 'self-harm', 'typo'),
  act('アムカしたの親にばれたくない', 'self-harm', 'teen'),
  act('わたし じぶんを きずつけます。とめられない', 'self-harm', 'foreign-easy'),
  act('血ぃ見んと落ち着かへん、また切ってもうた', 'self-harm', 'dialect'),
  act('タバコの火を自分の手に押しつけてしまう', 'self-harm', 'described'),
  act('髪の毛を抜きすぎて頭が血だらけになった、自分を痛めつけないと眠れない', 'self-harm', 'described'),
  act('剃刀で太もも切るのが習慣になってる', 'self-harm', 'described'),
  act('バイトも学校もうまくいかなくて、親とも話せなくて、夜になると勝手に手が動いてカミソリで切ってて、朝になると後悔するけどまた夜になると', 'self-harm', 'long'),
  // overdose
  act('睡眠薬を全部飲んだ', 'overdose', 'described'),
  act('ODしちゃった、薬いっぱい飲んだ', 'overdose', 'teen'),
  act('市販薬を50錠のんだ', 'overdose', 'described'),
  act('くすり たくさん のんだ　くるしい', 'overdose', 'hiragana'),
  act('ｵｰﾊﾞｰﾄﾞｰｽﾞしてしまった', 'overdose', 'halfwidth-katakana'),
  act('I took too many pills', 'overdose', 'english'),
  act('オーバードーズがやめられない', 'overdose', 'plain'),
  act('咳止めの瓶を一本あけた', 'overdose', 'described'),
  act('風邪薬を一箱まとめて飲んでしまった💊💊', 'overdose', 'emoji'),
  act('処方薬をためこんで一度に飲むつもり', 'overdose', 'described'),
  act('くすりいっぱいのんでしまた、めがまわる', 'overdose', 'typo'),
  act('母がもらってる薬を何十錠も飲んだみたいで、ふらふらしとる', 'overdose', 'parent'),
  act('わたし くすり いっぱい のみました。あたま いたい', 'overdose', 'foreign-easy'),
  act('薬ぜんぶ飲んでもうた、気持ち悪い', 'overdose', 'dialect'),
  act('精神科の薬を1週間分いっぺんに飲んだ', 'overdose', 'described'),
  act('ずっと眠れなくて医者からもらった薬を一回分ずつ飲んでたけど、効かないし、今日はシートごと全部出して、お酒と一緒に飲んじゃった', 'overdose', 'long'),
  act('ブロン何錠飲んだら楽になれるかな', 'overdose', 'teen'),
  act('夫の血圧の薬を、わしがまとめて飲んでしもうた', 'overdose', 'elderly'),
  act('鎮痛剤を大量に飲んで意識がぼーっとしてる', 'overdose', 'described'),
  // violence
  act('夫に毎晩なぐられています', 'violence', 'plain'),
  act('彼氏に首を絞められた', 'violence', 'described'),
  act('旦那に殴られて顔が腫れてる', 'violence', 'described'),
  act('おっとに たたかれる　こわい', 'violence', 'hiragana'),
  act('ｶﾚｼﾆﾅｸﾞﾗﾚﾙ', 'violence', 'halfwidth-katakana'),
  act('My husband hits me', 'violence', 'english'),
  act('しゅじん わたしを たたきます。にげたい', 'violence', 'foreign-easy'),
  act('妻に包丁を向けられた', 'violence', 'described'),
  act('元夫が家の前で待ち伏せしていて殺すと言われた', 'violence', 'described'),
  act('息子に殴られる、年寄りだからやり返せん', 'violence', 'elderly'),
  act('DVうけてる、どこに逃げたらいい', 'violence', 'plain'),
  act('旦那にどつかれて、あざだらけや', 'violence', 'dialect'),
  act('彼女に蹴られて肋骨が痛い', 'violence', 'described'),
  act('暴力夫から逃げたい😭', 'violence', 'emoji'),
  act('髪をつかまれて引きずられた', 'violence', 'described'),
  act('ぼうりょく ふるわれて いえから でられない', 'violence', 'hiragana'),
  act('同居してる兄にいつも殴られてる', 'violence', 'described'),
  act('旦那に物投げつけられてケガした、もう耐えられない', 'violence', 'described'),
  act('ＤＶでなぐられた', 'violence', 'typo'),
  act('夜中に帰ってきた夫がお酒を飲んで、テーブルをひっくり返して、私の髪をつかんで壁にぶつけて、子どもが泣いてて、今トイレに隠れてこれを打ってる', 'violence', 'long'),
  act('親父にぶん殴られた、家にいたくない', 'violence', 'teen'),
  act('おっかあが旦那さ殴られでる、助けでけろ', 'violence', 'dialect'),
  // child-abuse (including a parent's fear of harming their own child)
  act('子どもを叩いてしまいそうで怖い', 'child-abuse', 'parent'),
  act('泣きやまない赤ちゃんを揺さぶってしまいそう', 'child-abuse', 'parent'),
  act('子どもに手をあげてしまった、止められない', 'child-abuse', 'parent'),
  act('このままだと子どもに何かしてしまいそう', 'child-abuse', 'parent'),
  act('親に毎日叩かれてる', 'child-abuse', 'teen'),
  act('お母さんにご飯もらえない、お腹すいた', 'child-abuse', 'teen'),
  act('おとうさんに けられる　いたい', 'child-abuse', 'hiragana'),
  act('ｵﾔﾆﾅｸﾞﾗﾚﾙ ｲｴｶｴﾘﾀｸﾅｲ', 'child-abuse', 'halfwidth-katakana'),
  act('My mom beats me', 'child-abuse', 'english'),
  act('隣の家の子が毎晩怒鳴られて泣き叫んでいる、叩く音もする', 'child-abuse', 'described'),
  act('継父にタバコの火を押しつけられた', 'child-abuse', 'described'),
  act('かっとなって子どもの首に手をかけてしまった', 'child-abuse', 'parent'),
  act('親にベランダに閉め出されて何時間も入れてもらえない', 'child-abuse', 'described'),
  act('子どもが憎くて仕方ない、殴りそうになる😣', 'child-abuse', 'emoji'),
  act('虐待されてる、家に帰りたくない', 'child-abuse', 'teen'),
  act('ぎゃくたい されてる　たすけて', 'child-abuse', 'hiragana'),
  act('孫が親から叩かれとるようで、あざが絶えん', 'child-abuse', 'elderly'),
  act('おかあさん わたしの こども たたきます。こわい', 'child-abuse', 'foreign-easy'),
  act('ぎゃく対されてるかもしれない、オヤにおこられるとなぐられる', 'child-abuse', 'typo'),
  act('オカンにしばかれて顔腫れとる、家帰りたない', 'child-abuse', 'dialect'),
  act('ワンオペで夜も寝られず、上の子は言うこと聞かないし下の子はずっと泣いてて、さっき上の子を思いきり突き飛ばしてしまって、次は何をするか自分が怖い', 'child-abuse', 'long'),
  // sexual-violence
  act('レイプされた', 'sexual-violence', 'plain'),
  act('無理やりやられた、誰にも言えない', 'sexual-violence', 'around'),
  act('義理の父に体を触られる', 'sexual-violence', 'described'),
  act('飲み会で意識がなくなって、気づいたらホテルで服を脱がされていた', 'sexual-violence', 'described'),
  act('ちかんに あった　こわい', 'sexual-violence', 'hiragana'),
  act('ﾑﾘﾔﾘｾｯｸｽｻｾﾗﾚﾀ', 'sexual-violence', 'halfwidth-katakana'),
  act('I was sexually assaulted', 'sexual-violence', 'english'),
  act('上司にホテルに連れ込まれて断れなかった', 'sexual-violence', 'described'),
  act('性暴力の被害にあいました', 'sexual-violence', 'plain'),
  act('兄に夜中に布団に入ってこられて嫌なことをされる', 'sexual-violence', 'described'),
  act('裸の写真を送らされて、ばらすと脅されてる😰', 'sexual-violence', 'emoji'),
  act('SNSで知り合った人に会ったら無理やりされた', 'sexual-violence', 'teen'),
  act('おとこのひと わたしに むりやり しました', 'sexual-violence', 'foreign-easy'),
  act('性被害にあったけど警察に行くのがこわい', 'sexual-violence', 'plain'),
  act('塾の先生にからだを触られた', 'sexual-violence', 'teen'),
  act('生暴力をうけた', 'sexual-violence', 'typo'),
  act('彼氏に嫌だって言ったのに無理にされた、これってレイプなのかな', 'sexual-violence', 'around'),
  act('娘が担任に体を触られていたと打ち明けてきた', 'sexual-violence', 'parent'),
  act('知らん男に無理やり車に乗せられて、やられてしもうた', 'sexual-violence', 'dialect'),
  act('バイト先の店長が閉店後に二人きりになると抱きついてきて、服の中に手を入れてきて、やめてと言ってもやめてくれなくて、シフトを減らされるのが怖くて誰にも言えない', 'sexual-violence', 'long'),
  act('ばあちゃんの睡眠薬ば全部飲んだけん、眠か', 'overdose', 'dialect'),
  act('薬を瓶ごと飲んだ。救急車よぶべき？', 'overdose', 'described'),
  act('もう切るとこないくらい腕が傷だらけ', 'self-harm', 'described'),
  act('自分で自分を殴って顔にあざつくっとる', 'self-harm', 'dialect'),
  act('橋の上にいる、ここから落ちたら楽になれるかな', 'suicide', 'described'),
  act('もう死んだ方がええんじゃろうか、首つる紐を買うてきた', 'suicide', 'dialect'),
  act('my boyfriend choked me and I am scared', 'violence', 'english'),
  act('I am scared I will hurt my baby', 'child-abuse', 'english'),
];

export const DISTRESS_CRIES: readonly DistressCry[] = [
  distress('毎日つらくて涙が止まらない', 'plain'),
  distress('もう何もかも嫌になった', 'plain'),
  distress('誰にも必要とされていない気がする', 'around'),
  distress('夜になると不安で眠れない', 'plain'),
  distress('つらい　くるしい　だれか', 'hiragana'),
  distress('ﾂﾗｲ ﾀﾞﾚｶﾊﾅｼｷｲﾃ', 'halfwidth-katakana'),
  distress('I feel so hopeless and alone', 'english'),
  distress('わたし まいにち かなしい。はなしたい', 'foreign-easy'),
  distress('なんもかんもしんどいわ', 'dialect'),
  distress('もうしんどうてたまらん', 'dialect'),
  distress('こわい、胸がざわざわして息が苦しい😣', 'emoji'),
  distress('学校で無視されててつらい', 'teen'),
  distress('クラスに居場所がなくて毎日泣いてる', 'teen'),
  distress('年をとって、話す相手もおらん、毎日さびしゅうてかなわん', 'elderly'),
  distress('夫を亡くしてから気力がわかない', 'elderly'),
  distress('育児がつらくて涙が出る', 'parent'),
  distress('子どもがかわいいと思えなくて自分を責めてしまう', 'parent'),
  distress('心が折れそう', 'around'),
  distress('自分なんかいないほうがいいのかなって思う時がある', 'around'),
  distress('頭の中がぐちゃぐちゃで何も手につかない', 'plain'),
  distress('つらすぎて会社に行けない', 'plain'),
  distress('気分が落ち込んで朝起きられない', 'plain'),
  distress('誰でもいいから話を聞いてほしい', 'plain'),
  distress('ひとりぼっちで不安でたまらない', 'plain'),
  distress('こころが いたい', 'hiragana'),
  distress('なんかもうつかれた😞', 'emoji'),
  distress('I cannot stop crying, I need someone to talk to', 'english'),
  distress('にほんで ともだち いない。さびしい。つらい', 'foreign-easy'),
  distress('したっけもう、なんもする気おきないんだわ', 'dialect'),
  distress('気持ちがどん底で浮かび上がれない', 'plain'),
  distress('失恋して何も食べられない', 'teen'),
  distress('親とけんかばかりで家にいるのがつらい', 'teen'),
  distress('パニックになって過呼吸がおさまらない', 'described'),
  distress('介護に疲れ果てて、もう限界です', 'plain'),
  distress('借金のことを考えると胸が苦しくて眠れない', 'plain'),
  distress('ずっと不安で、ふるえがとまらん', 'dialect'),
  distress('ゆううつ　なにもしたくない', 'hiragana'),
  distress('ｺｺﾛｶﾞｸﾙｼｲ', 'halfwidth-katakana'),
  distress('鬱っぽい、つかれがとれない', 'typo'),
  distress('不案で押しつぶされそう', 'typo'),
  distress('仕事も家庭もうまくいかなくて、朝は体が重くて、昼は何もできなくて、夜は不安で、でも誰にも言えなくて、自分がだめな人間に思えて涙が止まらない', 'long'),
  distress('生きづらさを感じてどうしたらいいかわからない', 'around'),
  distress('ペットが死んでから悲しみから抜け出せない', 'plain'),
  distress('誰かと話さないと気がおかしくなりそう', 'around'),
  distress('もう限界かも😢', 'emoji'),
  distress('孤独でつらいです。話し相手がほしい', 'plain'),
  distress('職場の人間関係で心がすり減っている', 'described'),
  distress('いじめられてる気がして職場に行くのが怖い', 'plain'),
  distress('もうだめだっちゃ、気持ちが追いつかね', 'dialect'),
  distress('ほんまにしんどい、誰か助けてほしい', 'dialect'),
  distress('息子を亡くしてから毎日が空っぽです', 'elderly'),
  distress('不登校の息子のことで毎晩眠れず、私が壊れそう', 'parent'),
  distress('自分が嫌いで仕方ない', 'plain'),
  distress('何のために働いているのかわからなくなった', 'around'),
];

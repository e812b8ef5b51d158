import { LISTENING_LINES } from '../flows/crisis-lines.js';
import { foldCry, found, stems, type Stem } from './crisis.js';
import { crisisAnswerFor } from './crisis-meaning.js';
import { withoutFiguresOfSpeech } from './figures-of-speech.js';
import { hearCry } from './crisis-model.js';

/**
 * Distress without an act (worn out, at the limit, no one to tell, cannot sleep, crying every
 * night): a listening line to a person goes with the results. Words folded as crisis.ts folds
 * them (kanji of its readings as kana, so 辛い is also つらい). Read with the results, so this
 * comes with the search and not in the main bundle; the cries themselves are in crisis.ts.
 */
const DISTRESS =
  '疲れた 疲れま 疲れ果 疲れ切 疲れきっ 限界 げんかい もう無理 もうだめ 耐えられな 誰にも相談 誰にも言え 誰にも話せ だれにも 相談できる人がいな 相談相手がいな 話し相手 話を聞いて 聞いてほし 頼れる人 頼る人がいな 居場所がな ' +
  'ひとりぼっち 一人ぼっち 独りぼっち 孤独 孤立 寂し さみし さびし 心細 眠れな 眠れず ねむれな 寝れな 寝れん 眠れん 寝られな 寝付けな 毎晩泣い 毎日泣い 泣いてばかり 泣きたい なきたい ないてばかり 涙が止まらな 涙がとまらな なみだがとまらな なきやめられな 泣き止められな 頑張りきらん がんばりきらん 辛 しんど 苦し 生きづら 泣いてる 涙が出 頑張れな がんばれな 抱えきれ 相談できな 聞いてほし きいてほし 誰かと話 誰かに聞 だれかと だれかに 逃げ出したい 何のために 楽しくな 楽しいと思えな 何をしても楽し 何をやっても楽し へこたれ つかれ ' +
  '絶望 希望がな 毎日が地獄 生き地獄 地獄のよう つらたん 不安でたまらな 不安が止まらな 心が折れ 心が壊れ 気が狂い 頭がおかしくなり 追い詰め 助けて たすけて 何もしたくな 何もできな 気力がな やる気が出な 起き上がれな くたくた へとへと ぼろぼろ 八方塞 行き詰ま 先が見えな ' +
  'くたびれ果 くたびれき もうくたびれ ベッドから出られな 布団から出られな 布団から起きられな ベッドから起きられな 何をする元気 何もする元気 する元気がな 話せる人が誰も 話せる人がいな 話せる人もいな ひとりで泣い 一人で泣い 独りで泣い 何もかもが重 全部が重 何もかもが嫌 全てが嫌 すべてが嫌 全部嫌にな する気が起きな 誰にも会いたくな 心が空っぽ 涙が勝手 一人で抱え込ん ひとりで抱え込ん ' +
  '喪失感 考えると吐き気 考えるだけで吐き気 考えると涙 考えると動悸 ' +
  '虚しい むなしい 心が痛い 将来が真っ暗 夢も希望もな 希望が持てな 情けな 笑えなくな 心に穴 胸にぽっかり 病んだ 病んでる 病み期 やみすぎ 病みすぎ メンブレ 情緒がやば おかしくなりそう 壊れそう キャパオーバー 全部無理 ' +
  '理解者がいな 居場所がほし 話せる場所がほし つながりがほし 生きる目的がな 生きてる意味がわからな 泣き止めな 泣くことしかできな 帰り道で泣い 悲しみが消えな 大切な人を亡くし 子どもを亡くし 後悔ばかり 自分が大嫌い ダメな人間 ' +
  '気分が沈 落ち込んでる 憂鬱 鬱っぽい うつっぽい 産後うつ 過呼吸 パニック発作 悪夢ばかり 毎晩悪夢 感情がコントロールできな 怒りがおさまらな 気が休まらな 胸がざわざわ ちむぐりさ ちむわさわさ もうきつか もうあかん hpゼロ ' +
  'お先真っ暗 投げ出したい 立ち直れな 心が死んで どうでもよくな 一晩中泣 いばしょがな バーンアウト かこきゅう 鬱です うつです 人に会うのがこわ 人に会うのが怖 ぎゅってしてほし 心配事が頭から離れな ' +
  'メンタル崩壊 メンタルが崩壊 人と会うのが怖 人の目が怖 ひたすら耐え 心がざわつ 気分の浮き沈み はなすひといな 話す人いな 気持ちが落ちて 気持ちが落ちる 気持ちが落ちた こころがいた 情緒ぐちゃぐちゃ 頭がぐちゃぐちゃ 虚無感 きょむ やんでる 自己肯定感ゼロ 自己肯定感がな 気力ゼロ 気力もな いっぱいいっぱい ギリギリで生きて 弱音を吐ける 弱音をはける 弱音はいていい 弱音を吐きたい 愚痴らせて 話すだけでもい 抱え込んでしま 家にいても休まらな キャパい ' +
  'ひとりはこわ 一人は怖 楽しみがひとつもな 知り合いがいな 一日中だれとも 誰とも口をきかな 一日中口をきかな 誰とも話してな 病みぃ 人生ハードモード 歯を磨く気力 何日もカーテン 動悸が止まらな えらいわもう えらいのうもう ' +
  'mou_muri genkai_desu mou_genkai shindoi dare_ni_mo_soudan im_not_okay no_one_understands nobody_understands my_heart_hurts feel_like_a_failure no_friends no_freinds nobody_calls tired_of_everything grief_is too_much_for_me ' +
  '息ができな 動悸がして やる気が起きな やる気がおきな ごはんも食べられな ご飯も食べられな ご飯が食べられな ごはんが食べられな 食事がのどを通らな 燃え尽き 相談する相手がいな 相談する人がいな 相談する相手もいな sad_all so_sad feel_sad ' +
  '眠れま 寝れま ねむれま 心折れ こころ折れ 悲しくてたまらな 悲しすぎ ちかれた 置いてけぼり 気持ちが真っ暗 真っ暗な気持ち 劣等感 明日が怖 明日がこわ まいにちなく まいにちない なみだとまらな 鬱かも うつかも 大丈夫じゃな だいじょうぶじゃな ' +
  '話す相手がいな 話す人がいな 話せる相手がいな わかってもらえな 分かってもらえな 人とつながりたい 誰かとつながりたい 泣ける場所がな 泣く場所がな 外に出るのが怖 外に出るのがこわ ' +
  'dare_ka_to_hanashitai darekato_hanashitai kokoro_ga_tsukareta tsukareta nakitai anxiety anxious panic_attack tsurai sabishii nemurenai hanashi_wo_kiite hitori_de_tsurai im_sad im_lonly im_scared have_no_one nobody_cares no_one_cares so_tired exhausted worn_out burned_out burnt_out at_my_limit overwhelmed hopeless no_one_to_talk nobody_to_talk lonely cant_sleep cannot_sleep crying struggling help_me cant_go_on depres someone_to_talk cant_cope cannot_cope';

/**
 * A query that is only a feeling (怖い, むり, 悲しい, からっぽ), in the folded text: said alone to a
 * support widget it is distress; inside a sentence (怖い映画, 冷蔵庫が空っぽ) it is not.
 */
const SAID_ALONE = /^(?:こわい|怖い|恐い|むり|無理|むりむりむり|無理すぎる|むりすぎる|もうむり|だめだ|もうだめだ|悲しい|かなしい|からつぽ|空つぽ|さみしい|寂しい|不安|ふあん|つらい|しんどい|きつい|くるしい|たすけて|やばい|もうやだ|もういや|いやだ|にげたい|逃げたい|sos|きつか|しんどか|つらか|だれか|誰か|誰かいますか|ぜんぶいや|全部いや|やだ|うわん|くたびれた|もうどうしたらいいの)+(?:よ|さ|わ|ね|なあ|のう|けん|ばい|べ|です|つちや|つちやん|んだわ|。)*$/u;

/** Tears or a broken heart sent alone, in emoji (the folded text drops them). */
const SAD_EMOJI_ALONE = /^\s*[😭🥲😢😞💔🥀😿🫥😔😣😖😫😩][\s😭🥲😢😞💔🥀😿🫥😔😣😖😫😩]*$/u;

let distress: readonly Stem[] | undefined;

/**
 * Whether a listening line goes with the results: distress without an act (its words, or the cry
 * model hearing it), unless the crisis lines for what was typed already hold one.
 */
export function listeningFor(query: string): boolean {
  distress ??= stems(DISTRESS);
  if (crisisAnswerFor(query).some((line) => LISTENING_LINES.includes(line))) return false;
  const calm = withoutFiguresOfSpeech(query.normalize('NFKC'));
  const { text } = foldCry(calm);
  return SAID_ALONE.test(text) || SAD_EMOJI_ALONE.test(calm) || distress.some((stem) => found(text, stem)) || hearCry(calm).distress;
}

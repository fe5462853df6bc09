
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'theme-picker.accent': `アクセントカラー`,
'theme-picker.accent.adjusted': `読みやすさのため調整済み`,
'theme-picker.accent.announce': `アクセントカラー「{name}」`,
'theme-picker.announce.applied': `{what}を適用しました`,
'theme-picker.announce.draft': `{what}：プレビューに表示しています。使用するには「適用」を選択してください。`,
'theme-picker.apply': `適用`,
'theme-picker.contrast': `ハイコントラスト`,
'theme-picker.contrast.off': `オフ`,
'theme-picker.contrast.off.announce': `標準のコントラスト`,
'theme-picker.contrast.on': `オン`,
'theme-picker.contrast.on.announce': `ハイコントラストをオン`,
'theme-picker.contrast.system.announce': `システムのコントラスト`,
'theme-picker.default-in-use': `設定を読み込めるまで、デフォルトのテーマを使用します。`,
'theme-picker.default-theme': `デフォルトのテーマ`,
'theme-picker.density': `表示密度`,
'theme-picker.density.comfortable': `ゆったり`,
'theme-picker.density.comfortable.announce': `ゆったりした表示密度`,
'theme-picker.density.compact': `コンパクト`,
'theme-picker.density.compact.announce': `コンパクトな表示密度`,
'theme-picker.motion': `アニメーション`,
'theme-picker.motion.full': `すべて表示`,
'theme-picker.motion.full.announce': `すべてのアニメーション`,
'theme-picker.motion.reduce': `減らす`,
'theme-picker.motion.reduce.announce': `アニメーションを減らす設定`,
'theme-picker.motion.system.announce': `システムのアニメーション設定`,
'theme-picker.preview': `プレビュー`,
'theme-picker.reset': `デフォルトに戻す`,
'theme-picker.sample.button': `明細を見る`,
'theme-picker.sample.heading': `普通預金口座`,
'theme-picker.sample.text': `今月の明細書の準備ができました。`,
'theme-picker.sample.toggle': `ペーパーレス明細`,
'theme-picker.scheme': `配色`,
'theme-picker.scheme.dark': `ダーク`,
'theme-picker.scheme.dark.announce': `ダークテーマ`,
'theme-picker.scheme.light': `ライト`,
'theme-picker.scheme.light.announce': `ライトテーマ`,
'theme-picker.scheme.system.announce': `システムの配色`,
'theme-picker.system': `システムに合わせる`,
'theme-picker.text-size': `文字サイズ`,
'theme-picker.text-size.announce': `文字サイズ {value}`,
    };
  
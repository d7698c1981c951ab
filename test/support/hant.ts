import * as OpenCC from 'opencc-js';

/** OpenCC, Simplified Chinese (mainland) to Traditional Chinese (Taiwan characters). */
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * Where the zh-Hant texts deliberately differ from OpenCC's `cn → tw` output: Taiwan vocabulary
 * that the character-level `tw` table does not choose. Applied to OpenCC's output, in order.
 */
export const TAIWAN_VOCABULARY: readonly { readonly hans: string; readonly hant: string; readonly reason: string }[] = [
  { hans: '信息', hant: '資訊', reason: 'Taiwan says 資訊 for information; `tw` keeps the mainland word' },
  { hans: '合作伙伴', hant: '合作夥伴', reason: 'Taiwan writes 夥伴 in every compound; OpenCC keeps 伙 here' },
  { hans: '搜索引擎', hant: '搜尋引擎', reason: 'Taiwan says 搜尋引擎; `tw` keeps the mainland word 搜索' },
  { hans: '列对应购买频次得分', hant: '欄對應購買頻次得分', reason: 'columns are 欄 (or 行) in Taiwan: OpenCC keeps the mainland 列, which reads as rows (replaced before the rows, which become 列)' },
  { hans: '行对应最近购买得分', hant: '列對應最近購買得分', reason: 'rows are 列 in Taiwan (行 is a column): OpenCC keeps the mainland word, which inverts the meaning' },
  { hans: '数据', hant: '資料', reason: 'Taiwan says 資料 for data; `tw` keeps the mainland 數據' },
  { hans: '搜索范围', hant: '搜尋範圍', reason: 'Taiwan says 搜尋 for search; `tw` keeps the mainland 搜索' },
  { hans: '优化器', hant: '最佳化器', reason: 'Taiwan says 最佳化 for optimization; `tw` keeps the mainland 優化' },
  { hans: '字符串', hant: '字串', reason: 'Taiwan programming usage (error messages)' },
  { hans: '数组', hant: '陣列', reason: 'Taiwan programming usage (error messages)' },
  { hans: '对象', hant: '物件', reason: 'Taiwan programming usage (error messages; the word appears nowhere else)' },
  { hans: '函数', hant: '函式', reason: 'Taiwan programming usage (error messages)' },
  { hans: '列表', hant: '清單', reason: 'Taiwan programming usage for a list (error messages); OpenCC keeps the mainland 列表' },
  { hans: '标识符', hant: '識別碼', reason: 'Taiwan programming usage (error messages)' },
  { hans: '时间戳', hant: '時間戳記', reason: 'Taiwan programming usage (error messages)' },
  { hans: '交互式', hant: '互動式', reason: 'Taiwan says 互動式語音應答 for IVR; `tw` keeps the mainland 交互式' },
  { hans: '人工座席', hant: '真人客服', reason: 'Taiwan call centres say 真人客服 for an agent-handled call; 座席 is mainland usage' },
  { hans: '软件', hant: '軟體', reason: 'Taiwan says 軟體 for software' },
  { hans: '营销', hant: '行銷', reason: 'Taiwan says 行銷 for marketing' },
  { hans: '天后', hant: '天後', reason: '"in N days" is 天後; OpenCC keeps 天后 (the goddess)' },
  { hans: '跟踪', hant: '追蹤', reason: 'Taiwan says 追蹤 for tracking; `tw` keeps the mainland 跟蹤' },
  { hans: '重新激活', hant: '重新喚醒', reason: 'Taiwan marketing wakes dormant customers (喚醒); 激活 is mainland usage' },
  { hans: '存储', hant: '儲存', reason: 'Taiwan says 儲存 for storing; `tw` keeps the mainland 存儲' },
  { hans: '文档', hant: '文件', reason: 'Taiwan says 文件 for a document; `tw` keeps the mainland 文檔' },
  { hans: '概率', hant: '機率', reason: 'Taiwan says 機率 for probability; `tw` keeps the mainland 概率' },
  { hans: '通过几次', hant: '透過幾次', reason: '"by means of" is 透過 in Taiwan (通過 is "to pass")' },
  { hans: '通过共同', hant: '透過共同', reason: '"by means of" is 透過 in Taiwan (通過 is "to pass")' },
  { hans: '计划', hant: '計畫', reason: 'Taiwan writes 計畫 for a plan (the Ministry of Education standard); OpenCC keeps 計劃' },
  { hans: '个性化', hant: '個人化', reason: 'Taiwan says 個人化 for personalised' },
  { hans: '战略', hant: '策略', reason: 'Taiwan business usage says 策略 (策略聯盟 for a strategic alliance); 戰略 is military' },
  { hans: '设置', hant: '設定', reason: 'Taiwan programming usage for a setting (error messages)' },
  { hans: '扩展', hant: '擴充', reason: 'Taiwan says 擴充 for an extension (and extended features)' },
  { hans: '文本', hant: '文字', reason: 'Taiwan programming usage for text (error messages)' },
  { hans: '语言标记', hant: '語言標籤', reason: 'Taiwan says 標籤 for a (language) tag' },
  { hans: '内置', hant: '內建', reason: 'Taiwan says 內建 for built-in' },
  { hans: '添加', hant: '新增', reason: 'Taiwan says 新增 for adding (values, settings)' },
  { hans: '创建', hant: '建立', reason: 'Taiwan says 建立 for created' },
  { hans: '十六进制', hant: '十六進位', reason: 'Taiwan says 十六進位 for hexadecimal' },
  { hans: '生成器或流', hant: '產生器或串流', reason: 'Taiwan programming usage for a generator and a stream' },
  { hans: '协方差', hant: '共變異數', reason: 'Taiwan statistics says 共變異數 for covariance' },
  { hans: '质量', hant: '品質', reason: 'Taiwan says 品質 for quality; 質量 is mass' },
  { hans: '座席处理的呼叫', hant: '真人客服處理的通話', reason: 'Taiwan call centres say 真人客服 for an agent (as 人工座席 above) and 通話 for a call' },
  { hans: '渠道', hant: '管道', reason: 'Taiwan says 管道 (or 通路) for a channel; 渠道 is mainland usage' },
  { hans: '天前回复了', hant: '天前回覆了', reason: 'a reply is 回覆 in Taiwan; 回復 is "to restore" (OpenCC reads 前回 as a word here)' },
  { hans: '优先级', hant: '優先順序', reason: 'Taiwan says 優先順序 for a priority' },
  { hans: '批量', hant: '批次', reason: 'Taiwan says 批次 for a batch' },
  { hans: '似然', hant: '概似', reason: 'Taiwan statistics says 概似 (最大概似估計) for likelihood' },
  { hans: '帕累托', hant: '帕雷托', reason: 'Taiwan writes Pareto 帕雷托' },
  { hans: '关系水平', hant: '關係水準', reason: 'Taiwan says 水準 for a level; 水平 is "horizontal" (as in 水平支援型, kept)' },
  { hans: '合适的水平', hant: '合適的水準', reason: 'Taiwan says 水準 for a level; 水平 is "horizontal"' },
  { hans: '要了解', hant: '要瞭解', reason: 'Taiwan writes 瞭解, as OpenCC does for 了解 elsewhere (it keeps 了 after 要)' },
  { hans: '深刻了解', hant: '深刻瞭解', reason: 'Taiwan writes 瞭解, as OpenCC does for 了解 elsewhere (it keeps 了 after 深刻)' },
  { hans: '想了解', hant: '想瞭解', reason: 'Taiwan writes 瞭解, as OpenCC does for 了解 elsewhere (it keeps 了 after 想)' },
  { hans: '“', hant: '「', reason: 'Taiwan quotes with corner brackets; OpenCC keeps the mainland marks' },
  { hans: '”', hant: '」', reason: 'Taiwan quotes with corner brackets; OpenCC keeps the mainland marks' },
];

/** The zh-Hant text the project's rule gives for a zh-Hans text. */
export function toHant(hans: string): string {
  let text = toTaiwan(hans);
  for (const { hans: from, hant } of TAIWAN_VOCABULARY) text = text.replaceAll(toTaiwan(from), hant);
  return text;
}

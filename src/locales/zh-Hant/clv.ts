import type { TextTable } from '../../i18n/index.js';

/** The clv module's messages and texts, in zh-Hant: the warnings a model fit records. */
export const clvZhHant: TextTable = {
  parameters_at_bound: '擬合結束時參數 {parameters} 位於搜尋範圍的邊界：資料中沒有關於這些參數的資訊（例如不存在異質性，或沒有重複購買）',
  no_repeat_purchases: '{customers} 位客戶中沒有人再次購買：無法區分購買參數與流失參數，預測只反映沒有重複購買這一事實',
  few_repeat_purchases: '{customers} 位客戶中只有 {repeatCustomers} 位再次購買：參數由少數重複購買客戶估計而來，不確定性較大',
  fit_not_converged: '最佳化器在 {iterations} 次迭代後停止，未達到收斂標準：參數可能不是最大概似估計',
  standard_errors_unavailable: '估計值處的資訊矩陣不是正定矩陣：無法給出標準誤（概似函式在某些方向上是平的）',
};

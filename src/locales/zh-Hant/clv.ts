import type { TextTable } from '../../i18n/index.js';

/** The clv module's messages and texts, in zh-Hant: the warnings a model fit records. */
export const clvZhHant: TextTable = {
  parameters_at_bound: '拟合结束时参数 {parameters} 位于搜索范围的边界：数据中没有关于这些参数的信息（例如不存在异质性，或没有重复购买）',
  no_repeat_purchases: '{customers} 位客户中没有人再次购买：无法区分购买参数与流失参数，预测只反映没有重复购买这一事实',
  few_repeat_purchases: '{customers} 位客户中只有 {repeatCustomers} 位再次购买：参数由少数重复购买客户估计而来，不确定性较大',
  fit_not_converged: '优化器在 {iterations} 次迭代后停止，未达到收敛标准：参数可能不是最大似然估计',
  standard_errors_unavailable: '估计值处的信息矩阵不是正定矩阵：无法给出标准误（似然函数在某些方向上是平的）',
};

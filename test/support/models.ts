/** BG/NBD fitted on CDNOW's 2,357 customers (weeks), with the covariance of its parameters: what `customerForecast` needs (the example of its TSDoc). */
export const CDNOW_BG_NBD = {
  model: 'bg-nbd',
  timeUnit: 'weeks',
  params: { r: 0.2425945, alpha: 4.413602, a: 0.792922, b: 2.425907 },
  fit: {
    iterations: 27,
    converged: true,
    covariance: [
      [0.000157688, 0.00370642, -0.000087847, 0.000065637],
      [0.00370642, 0.143053, -0.00286568, 0.0105233],
      [-0.000087847, -0.00286568, 0.0344971, 0.123218],
      [0.000065637, 0.0105233, 0.123218, 0.497609],
    ],
  },
} as const;

import { object, string, dateText, customerId } from '../src/shape/index.ts';
export const used = 1;
const x = customerId();

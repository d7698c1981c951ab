/**
 * The playbook (`crm-taxonomy/playbook`): the seeds' treatment for each kind of customer (old
 * customers: maintain; hesitating prospects: talk, do not push products; …) with the passages
 * behind it, in every locale. An entry of its own: the treatments are text, and an app that only
 * decides does not carry them.
 * @module
 */
export { playbook, type PlaybookAdvice } from './playbook.js';

export { playbook, type PlaybookAdvice } from './playbook.js';

export { PLAYBOOK, type PlaybookEntry } from './data.js';
export { playbook, playbookFor, type PlaybookAdvice } from './playbook.js';

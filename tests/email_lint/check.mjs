// Usage: node check.mjs FILE.html  ->  JSON {success, errors, warnings} for Gmail, Outlook, Apple Mail.
import { readFileSync } from 'node:fs';
import { doIUseEmail } from '@jsx-email/doiuse-email';

const html = readFileSync(process.argv[2], 'utf8');
const result = doIUseEmail(html, { emailClients: ['gmail.*', 'outlook.*', 'apple-mail.*'] });
console.log(JSON.stringify({
  success: result.success,
  errors: result.errors ?? [],
  warnings: (result.warnings ?? []).length,
}));

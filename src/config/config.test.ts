import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from './index.ts';

test('defaults start Chorus on the embedded database', () => {
  const c = loadConfig({});
  assert.equal(c.port, 3000);
  assert.equal(c.databaseUrl, undefined);
  assert.equal(c.dataDir, './data');
  assert.equal(c.webConcurrency, 1);
  assert.equal(c.isProduction, false);
});

test('bad values fail fast with a message that says how to fix them', () => {
  assert.throws(() => loadConfig({ PORT: 'eighty' }), /PORT must be a whole number from 0 to 65535/);
  assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL must start with postgres:\/\//);
  assert.throws(() => loadConfig({ WEB_CONCURRENCY: '2' }), /WEB_CONCURRENCY=2 needs a PostgreSQL server.*Set DATABASE_URL/);
  assert.throws(() => loadConfig({ NODE_ENV: 'production' }), /SESSION_SECRET is required when NODE_ENV=production/);
  assert.throws(() => loadConfig({ SESSION_SECRET: 'short' }), /at least 32 characters/);
  assert.throws(() => loadConfig({ BASE_URL: 'chorus.nhs.uk' }), /BASE_URL must be a full web address/);
});

test('WEB_CONCURRENCY above 1 is accepted with PostgreSQL', () => {
  const c = loadConfig({ WEB_CONCURRENCY: '2', DATABASE_URL: 'postgres://localhost/chorus' });
  assert.equal(c.webConcurrency, 2);
});

test('GOV.UK Notify settings are checked together, and the API key is never repeated in a message', () => {
  const key = 'chorus_live-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';
  const email = '0b6a8e4c-2f7d-4a53-9d1e-5f2e0c6b9a11';
  const sms = '7c1d2e3f-4a5b-4c6d-8e7f-901234567890';
  const c = loadConfig({ NOTIFY_API_KEY: key, NOTIFY_EMAIL_TEMPLATE_ID: email, NOTIFY_SMS_TEMPLATE_ID: sms, NOTIFY_BASE_URL: 'http://127.0.0.1:9999/' });
  assert.equal(c.notifyApiKey, key);
  assert.equal(c.notifyEmailTemplateId, email);
  assert.equal(c.notifySmsTemplateId, sms);
  assert.equal(c.notifyBaseUrl, 'http://127.0.0.1:9999');
  assert.equal(loadConfig({ NOTIFY_API_KEY: key, NOTIFY_SMS_TEMPLATE_ID: sms, SMTP_URL: 'smtp://mail.example.org' }).smtpUrl, 'smtp://mail.example.org', 'SMTP for email with Notify for text messages');

  const secret = 'not-a-key-but-a-secret-of-sorts';
  assert.throws(() => loadConfig({ NOTIFY_API_KEY: secret, NOTIFY_EMAIL_TEMPLATE_ID: email }), (err: Error) => {
    assert.match(err.message, /NOTIFY_API_KEY is not a GOV.UK Notify API key.*API integration, API keys/);
    assert.ok(!err.message.includes(secret), 'the value is not repeated');
    return true;
  });
  assert.throws(() => loadConfig({ NOTIFY_API_KEY: key }), /no Notify template is: set NOTIFY_EMAIL_TEMPLATE_ID .* NOTIFY_SMS_TEMPLATE_ID/);
  assert.throws(() => loadConfig({ NOTIFY_EMAIL_TEMPLATE_ID: email }), /need NOTIFY_API_KEY/);
  assert.throws(() => loadConfig({ NOTIFY_API_KEY: key, NOTIFY_EMAIL_TEMPLATE_ID: 'welcome-email' }), /NOTIFY_EMAIL_TEMPLATE_ID must be a Notify template ID/);
  assert.throws(() => loadConfig({ NOTIFY_API_KEY: key, NOTIFY_EMAIL_TEMPLATE_ID: email, SMTP_URL: 'smtp://mail.example.org' }), /SMTP_URL or GOV.UK Notify .* not both/);
  assert.throws(() => loadConfig({ NOTIFY_API_KEY: key, NOTIFY_SMS_TEMPLATE_ID: sms, NOTIFY_BASE_URL: 'notify.local' }), /NOTIFY_BASE_URL must be a full web address/);
});

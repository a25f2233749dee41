// Closed-loop load over the embedded Direct Line, loopback only, bounded in time and turns.
// Each of --concurrency workers runs whole interviews: token, start, then one POST per answer
// (the POST returns when the bot's turn is done) and one GET of the new activities to read the
// next question (channelData.surveyStep). Prints one JSON line with turns/s and latencies.
//
// node directline-load.js --url=http://127.0.0.1:3978 --concurrency=50 --duration=30 --max-turns=200000
'use strict';

const args = Object.fromEntries(process.argv.slice(2).map(a => a.replace(/^--/, '').split('=')));
const baseUrl = args.url || 'http://127.0.0.1:3978';
const concurrency = Math.min(Number(args.concurrency || 50), 500);
const durationMs = Math.min(Number(args.duration || 30), 600) * 1000;
const maxTurns = Math.min(Number(args['max-turns'] || 200000), 1000000);

const host = new URL(baseUrl).hostname;
if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) {
  console.error('Refusing to load anything but a loopback address: ' + host);
  process.exit(2);
}

// Answers to the default experience interview, by step id; used in this order when a bot gives no step ids.
const answers = [
  ['consent', 'Yes'],
  ['organisation', 'Northwind Broadband'],
  ['offering', 'home internet'],
  ['polarity', 'Negative'],
  ['pre-purchase', 'I compared three providers online and a friend recommended Northwind for its speed.'],
  ['purchase', 'I signed up on their website; the checkout was quick but the installation date was three weeks away.'],
  ['post-purchase', 'The engineer never turned up and nobody answered my complaint for a week.'],
  ['what-went-wrong', 'They missed the installation and ignored my complaint.'],
  ['could-have-done', 'Call me back and give me a firm date.'],
  ['feelings', 'I was frustrated and then angry when they hung up on me.'],
  ['actions', 'I complained on social media and told my friends not to use them.'],
  ['rating', '1'],
  ['persona-name', 'Sam'],
  ['persona-age', '34'],
  ['persona-occupation', 'teacher'],
  ['goals', 'A stable connection for working from home.'],
  ['needs', 'A callback and a firm installation date.'],
  ['confirm-summary', 'Yes'],
  ['another', 'No']
];
const byStep = new Map(answers);

const deadline = Date.now() + durationMs;
const latencies = [];
const statuses = {};
let turns = 0;
let conversations = 0;
let errors = 0;

async function call(method, path, token, body) {
  const response = await fetch(baseUrl + path, {
    method,
    headers: Object.assign({ 'Content-Type': 'application/json' }, token ? { Authorization: 'Bearer ' + token } : {}),
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  statuses[response.status] = (statuses[response.status] || 0) + 1;
  if (!response.ok) {
    throw new Error(method + ' ' + path + ' answered ' + response.status);
  }
  return response.json();
}

function nextAnswer(activities, index) {
  for (let i = activities.length - 1; i >= 0; i--) {
    const step = activities[i].channelData && activities[i].channelData.surveyStep;
    if (step && byStep.has(step.id)) {
      return { step: step.id, text: byStep.get(step.id) };
    }
  }
  return index < answers.length ? { step: answers[index][0], text: answers[index][1] } : null;
}

async function interview(worker) {
  const { token } = await call('POST', '/api/webchat/token', null, {});
  const started = await call('POST', '/v3/directline/conversations', token);
  const path = '/v3/directline/conversations/' + started.conversationId + '/activities';
  let set = await call('GET', path + '?watermark=0', token);
  for (let index = 0; Date.now() < deadline && turns < maxTurns; index++) {
    const answer = nextAnswer(set.activities, index);
    if (!answer) {
      break;
    }
    const began = process.hrtime.bigint();
    await call('POST', path, token, { type: 'message', from: { id: 'load-' + worker }, text: answer.text, channelData: { clientActivityID: 'load-' + worker + '-' + index } });
    latencies.push(Number(process.hrtime.bigint() - began) / 1e6);
    turns++;
    set = await call('GET', path + '?watermark=' + set.watermark, token);
    if (answer.step === 'another') {
      break;
    }
  }
  conversations++;
}

async function worker(id) {
  while (Date.now() < deadline && turns < maxTurns) {
    try {
      await interview(id);
    } catch (error) {
      errors++;
      if (errors > 1000) {
        return;
      }
    }
  }
}

function percentile(sorted, p) {
  return sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

(async () => {
  const began = Date.now();
  await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
  const seconds = (Date.now() - began) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  console.log(JSON.stringify({
    concurrency,
    seconds: Number(seconds.toFixed(1)),
    conversations,
    turns,
    turns_per_s: Number((turns / seconds).toFixed(1)),
    p50_ms: Number(percentile(sorted, 0.5)?.toFixed(2)),
    p95_ms: Number(percentile(sorted, 0.95)?.toFixed(2)),
    p99_ms: Number(percentile(sorted, 0.99)?.toFixed(2)),
    errors,
    statuses
  }));
})();

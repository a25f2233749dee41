// Holds a conversation with a SurveyBot host through the unmodified botframework-directlinejs client.
// Usage: node conversation.js <base-url> <websocket|polling> <message>...
// Prints one JSON line per activity received and exits 0 when every message was echoed back with a
// server id and answered by the bot; exits 1 with a reason otherwise.
'use strict';

global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [baseUrl, mode, ...messages] = process.argv.slice(2);
const deadline = setTimeout(() => fail('no complete conversation within 60 s'), 60000);

function fail(reason) {
  console.error('FAILED: ' + reason);
  process.exit(1);
}

async function main() {
  if (!baseUrl || !['websocket', 'polling'].includes(mode) || messages.length === 0) {
    fail('usage: node conversation.js <base-url> <websocket|polling> <message>...');
  }

  const response = await fetch(baseUrl + '/api/webchat/token', { method: 'POST' });
  if (!response.ok) {
    fail('token endpoint answered ' + response.status);
  }

  const { token } = await response.json();
  const directLine = new DirectLine({
    token,
    domain: baseUrl + '/v3/directline',
    webSocket: mode === 'websocket',
    pollingInterval: 250
  });

  const received = [];
  const waiters = [];
  directLine.activity$.subscribe(
    activity => {
      console.log(JSON.stringify({ type: activity.type, id: activity.id, from: activity.from && activity.from.role, replyToId: activity.replyToId, text: activity.text, clientActivityID: activity.channelData && activity.channelData.clientActivityID }));
      received.push(activity);
      waiters.splice(0).forEach(check => check());
    },
    error => fail('activity stream failed: ' + error)
  );
  directLine.connectionStatus$.subscribe(status => {
    if (status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.ExpiredToken) {
      fail('connection status ' + status);
    }
  });

  const waitFor = predicate => new Promise(resolve => {
    const check = () => (received.some(predicate) ? resolve() : waiters.push(check));
    check();
  });

  await waitFor(a => a.type === 'message' && a.from && a.from.role === 'bot');
  console.log('GREETED');

  for (const [index, text] of messages.entries()) {
    const clientActivityID = 'node-' + index;
    const id = await new Promise((resolve, reject) => directLine.postActivity({
      type: 'message',
      from: { id: 'node-user' },
      text,
      channelData: { clientActivityID }
    }).subscribe(resolve, reject));
    await waitFor(a => a.id === id && a.channelData && a.channelData.clientActivityID === clientActivityID);
    await waitFor(a => a.type === 'message' && a.replyToId === id && a.from && a.from.role === 'bot');
    console.log('ANSWERED ' + index);
  }

  directLine.end();
  clearTimeout(deadline);
  console.log('CONVERSATION COMPLETE');
  process.exit(0);
}

main().catch(error => fail(error && error.stack ? error.stack : String(error)));

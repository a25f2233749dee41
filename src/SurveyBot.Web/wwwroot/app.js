// Starts Web Chat against the host's embedded Direct Line with a token bound to one new conversation.
(async function () {
  'use strict';
  const status = document.getElementById('status');

  // A stable, random user id lets the bot recognise a returning respondent; the token binds it server-side.
  let userId = localStorage.getItem('surveybot.userId');
  if (!/^dl_[A-Za-z0-9_-]{1,61}$/.test(userId || '')) {
    userId = 'dl_' + crypto.randomUUID().replace(/-/g, '');
    localStorage.setItem('surveybot.userId', userId);
  }

  try {
    if (!window.WebChat) {
      throw new Error('the Web Chat bundle did not load');
    }

    const response = await fetch('/api/webchat/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } })
    });
    if (!response.ok) {
      throw new Error('the server answered ' + response.status);
    }

    const { token } = await response.json();
    const directLine = window.WebChat.createDirectLine({ token, domain: location.origin + '/v3/directline' });
    window.WebChat.renderWebChat(
      {
        directLine,
        locale: navigator.language || 'en-GB',
        styleOptions: {
          accent: '#2f6f73',
          primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
          backgroundColor: '#ffffff',
          bubbleBackground: '#eef3f2',
          bubbleBorderWidth: 0,
          bubbleBorderRadius: 12,
          bubbleFromUserBackground: '#2f6f73',
          bubbleFromUserTextColor: '#ffffff',
          bubbleFromUserBorderWidth: 0,
          bubbleFromUserBorderRadius: 12,
          botAvatarInitials: 'SB',
          botAvatarBackgroundColor: '#2f6f73',
          avatarSize: 36,
          hideUploadButton: true,
          sendBoxHeight: 52,
          suggestedActionLayout: 'flow',
          suggestedActionBorderRadius: 18,
          suggestedActionBackgroundColor: '#ffffff',
          suggestedActionTextColor: '#2f6f73',
          suggestedActionBorderColor: '#2f6f73'
        }
      },
      document.getElementById('webchat')
    );
    status.textContent = '';
  } catch (error) {
    status.textContent = 'SurveyBot could not connect (' + error.message + '). Please reload the page.';
  }
})();

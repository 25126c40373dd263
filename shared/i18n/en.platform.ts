/** English texts of the platform sign-in and connections screens. */
import type { Catalogue } from './zh-CN';

export const enPlatformUi: Pick<
  Catalogue['ui'],
  'platformDigest' | 'platformSignIn' | 'linkSignIn' | 'connections'
> = {
  platformDigest: {
    more: '…and {{count}} more in the list',
    openAll: 'Open all',
  },
  platformSignIn: {
    signingIn: 'Signing in with {{platform}}…',
    signingInBody: 'Confirming who you are in {{platform}}. This takes a moment.',
    notConnectedTitle: 'Your organisation is not connected to Fieldloop yet',
    notConnectedBody: 'Your {{platform}} organisation has not set up Fieldloop, so you cannot sign in yet.',
    notConnectedStep1: 'Contact the admin who looks after Fieldloop in your organisation.',
    notConnectedStep2:
      'Once they add your organisation’s {{platform}} app under Me → Platform connections, come back and check again.',
    orgKey: 'You can send the admin this organisation id:',
    checkAgain: 'It is connected now, check again',
    codeInvalidTitle: 'The sign-in code has expired',
    codeInvalidBody:
      'The code from {{platform}} expired or was already used. Signing in again gets a new one.',
    interruptedTitle: 'Sign-in was interrupted',
    interruptedBody:
      'The answer did not match the request we sent; the page may be stale. Please sign in again.',
    signInAgain: 'Sign in again',
    notInHostTitle: 'Please open this in {{platform}}',
    notInHostBody:
      'Password-free sign-in needs the {{platform}} app. Open Fieldloop from the {{platform}} workbench.',
    otherWays: 'Sign in another way',
    failedTitle: 'Sign-in did not work',
    failedBody:
      '{{platform}} did not hand out a sign-in code. Try again later; if it keeps failing, contact your admin.',
    missingKeyTitle: 'Cannot tell which organisation you are in',
    missingKeyBody:
      'The address Fieldloop was opened with lacks the {{platform}} organisation. Ask your admin to set the app’s home page in the {{platform}} console to the home page address shown under Me → Platform connections.',
    signedOutTitle: 'You have signed out',
    signedOutBody: 'When you need it, sign back in to Fieldloop as your {{platform}} self.',
    signInAs: 'Sign in with {{platform}}',
  },
  linkSignIn: {
    signingIn: 'Signing in with a one-time link…',
    invalidTitle: 'This sign-in link no longer works',
    invalidBody:
      'A one-time sign-in link works once and expires after 24 hours. Ask your admin for a new one.',
    failedTitle: 'Sign-in did not work',
    toLogin: 'Back to sign-in',
  },
  connections: {
    title: 'Platform connections',
    entryHint: 'Connect your DingTalk, Feishu or WeCom app',
    add: 'Add a connection',
    addShort: 'Add',
    emptyTitle: 'No platform connected yet',
    emptyBody:
      'Add your organisation’s DingTalk, Feishu or WeCom app and its people can open Fieldloop from their workbench, without a password.',
    enabled: 'Enabled',
    disabled: 'Disabled',
    keyLabel: { dingtalk: 'CorpId', feishu: 'App ID', wecom: 'Corp ID' },
    apiBase: 'API address',
    test: 'Test connection',
    testOk: 'Connection works',
    testFailed: 'Connection failed',
    neverTested: 'Not tested yet. Tap “Test connection” to check the credentials.',
    disable: 'Disable',
    enable: 'Enable',
    disableConfirm:
      'Once disabled, people in this organisation cannot sign in to Fieldloop through {{platform}} and get no platform messages. Disable it?',
    enabledToast: 'Enabled',
    disabledToast: 'Disabled',
    callbackUrl: 'Callback URL',
    callbackHint: {
      dingtalk:
        'In the DingTalk developer console, under Event subscription, choose HTTP push and paste this URL (not needed in Stream mode).',
      feishu: 'In the Feishu developer console, paste this as the request URL under Events & callbacks.',
      wecom: 'In the app’s Receive messages → Set API receiving, paste this URL.',
    },
    homeUrl: 'Home page address',
    homeHint: {
      dingtalk:
        'Paste it as the app’s mobile and desktop home page. DingTalk replaces $CORPID$ with the organisation’s CorpId.',
      feishu: 'Paste it as the web app’s mobile and desktop home page.',
      wecom:
        'Paste it as the app’s home page, and set this site as the trusted domain under Web authorisation & JS-SDK.',
    },
    platformCode: 'Platform code {{code}}',
    setup: {
      title: 'What to set on the {{platform}} console',
      ipUnknown: 'this server’s egress IP (set EGRESS_IP to show it here)',
      steps: {
        dingtalk: {
          home: 'Developer console → your app → App capabilities → Web app: set both the mobile and the PC home page to the home page URL above, keeping $CORPID$ (DingTalk replaces it with the organisation’s CorpId).',
          security:
            'Security settings → Server egress IP (服务器出口IP): add {{ip}}; Redirect URL (回调域名): add {{domain}}.',
          events:
            'Event subscription: choose HTTP push, set the request URL to the callback URL above with the same aes_key and token as this connection, and subscribe to the contact change and leave events. If this server has no public address, use Stream mode instead (chosen when adding the connection).',
          eventsStream:
            'Event subscription: choose Stream mode push (Stream 模式推送) and subscribe to the contact change and leave events. In Stream mode this server connects to DingTalk itself: no public address, callback URL, aes_key or token is needed, only access to api.dingtalk.com. With several servers one holds the connection, and another takes over within 30 seconds if it stops.',
          permissions:
            'Permissions: grant “read member information” (sign-in reads the name and department).',
          release:
            'Version management: publish the app with a visible range covering everyone who uses Fieldloop; people outside it cannot open the app or receive work notifications.',
        },
        feishu: {
          home: 'Developer console → your app → Add features → Web app: set both the desktop and the mobile home page to the home page URL above.',
          security: 'Security settings: add {{domain}} to the redirect URLs and the H5 trusted domains.',
          bot: 'Add features → Bot: turn the bot on, or Fieldloop cannot send messages.',
          events:
            'Events & callbacks → Event configuration: request URL the callback URL above, subscribe to the contact user change and leave events, with the same Encrypt Key and Verification Token as this connection.',
          callbacks:
            'Events & callbacks → Callback configuration: request URL the callback URL above as well, and add the card.action.trigger callback, or the buttons on message cards do nothing.',
          release:
            'Version management → Availability: include everyone who uses Fieldloop and gets its messages, then publish a version.',
        },
        wecom: {
          home: 'Admin console → App management → your app → Home page: the home page URL above.',
          domain:
            'Web authorisation & JS-SDK: set the trusted domain to {{domain}} and verify it; otherwise sign-in fails with 50001.',
          ip: 'Trusted IPs (企业可信IP): add {{ip}}. Self-built apps created after 20 June 2022 may only call the API from trusted IPs, or get 60020.',
          callback:
            'Receive messages → Set API receiving: URL the callback URL above, with the same Token and EncodingAESKey as this connection.',
          visible: 'Visible range: include the members and departments who use Fieldloop.',
        },
      },
    },
    problems: {
      IP_NOT_TRUSTED: {
        dingtalk:
          'DingTalk refused calls from {{ip}}: the address is not on the app’s server egress IP list. Add {{ip}} under Developer console → your app → Security settings → Server egress IP, save, and test again.',
        feishu:
          'Feishu refused calls from {{ip}}: the app has an IP allow-list without this address. Add {{ip}} under Developer console → your app → Security settings → IP allow-list, save, and test again.',
        wecom:
          'WeCom refused calls from {{ip}}: the address is not among the app’s trusted IPs (self-built apps created after 20 June 2022 may only call from trusted IPs). Add {{ip}} under Admin console → App management → your app → Trusted IPs, save, and test again.',
      },
      REDIRECT_DOMAIN_NOT_TRUSTED: {
        dingtalk:
          'DingTalk does not accept redirects to {{domain}}. Add {{domain}} under Developer console → your app → Security settings → Redirect URL.',
        feishu:
          'Feishu does not accept redirects to {{domain}}. Add {{domain}} to the redirect URLs and H5 trusted domains under Developer console → your app → Security settings.',
        wecom:
          'WeCom does not accept redirects to {{domain}} (50001). Set the trusted domain to {{domain}} under App management → your app → Web authorisation & JS-SDK, and verify it.',
      },
      BAD_CREDENTIALS: {
        dingtalk:
          'The Client ID or Client Secret is wrong. Copy them from Developer console → your app → Credentials and add this connection again.',
        feishu:
          'The App ID or App Secret is wrong. Copy them from Developer console → your app → Credentials and add this connection again.',
        wecom:
          'The corp ID or the app’s Secret is wrong. The corp ID is under My company → Company info, the Secret under App management → your app; add this connection again.',
      },
      PERMISSION_MISSING: {
        dingtalk:
          'The app lacks an API permission (code {{code}}). Grant the permissions Fieldloop needs, such as “read member information”, under Developer console → your app → Permissions, then test again.',
        feishu:
          'The app lacks a permission (code {{code}}). Grant it under Developer console → your app → Permissions (for example im:message:send_as_bot), publish a new version, then test again.',
        wecom:
          'The app may not call this API (code {{code}}). Make sure its visible range includes the members and departments who use it, then test again.',
      },
      UNREACHABLE: {
        dingtalk:
          'DingTalk cannot be reached right now (network, timeout or a busy platform). Check that the server can reach oapi.dingtalk.com and test again later.',
        feishu:
          'Feishu cannot be reached right now (network, timeout or a busy platform). Check that the server can reach open.feishu.cn and test again later.',
        wecom:
          'WeCom cannot be reached right now (network, timeout or a busy platform). Check that the server can reach qyapi.weixin.qq.com and test again later.',
      },
      UNKNOWN: {
        dingtalk:
          'DingTalk refused the request (code {{code}}). Check the app’s settings against DingTalk’s error code list, or send the code to support.',
        feishu:
          'Feishu refused the request (code {{code}}). Check the app’s settings against Feishu’s error code list, or send the code to support.',
        wecom:
          'WeCom refused the request (code {{code}}). Check the app’s settings against WeCom’s global error codes, or send the code to support.',
      },
    },
    copy: 'Copy {{label}}',
    copyShort: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy automatically; long-press the address to copy it',
    choices: { events: { http: 'HTTP push', stream: 'Stream mode' } },
    fields: {
      corpId: 'CorpId',
      clientId: 'Client ID',
      clientSecret: 'Client Secret',
      agentId: 'AgentId',
      callbackToken: 'Callback token',
      callbackAesKey: 'Callback encryption key',
      events: 'How events arrive',
      appId: 'App ID',
      appSecret: 'App Secret',
      encryptKey: 'Encrypt Key',
      verificationToken: 'Verification Token',
      secret: 'Secret',
      baseUrl: 'API address',
    },
    hints: {
      dingtalk: {
        corpId: 'The CorpId on the DingTalk developer console’s home page; it starts with “ding”.',
        clientId: 'App details → Credentials & basic info → Client ID (formerly AppKey).',
        clientSecret: 'Client Secret on the same page (formerly AppSecret). Not shown again after saving.',
        agentId: 'AgentId on the same page, digits only.',
        callbackToken: 'The signing token under Event subscription, as entered in DingTalk.',
        callbackAesKey: 'The aes_key under Event subscription: 43 letters and digits.',
        events:
          'The same push mode as DingTalk’s Event subscription. HTTP push: DingTalk calls this server’s callback URL, which must be public. Stream mode: this server connects to DingTalk, so it works behind a company firewall, with no token or aes_key.',
        baseUrl:
          'Usually empty, for DingTalk’s own address; set it for a private deployment or a local emulator.',
      },
      feishu: {
        appId: 'Developer console → app → Credentials & basic info → App ID; it starts with “cli_”.',
        appSecret: 'App Secret on the same page. Not shown again after saving.',
        encryptKey: 'The Encrypt Key under Events & callbacks → Encryption strategy.',
        verificationToken: 'The Verification Token on the same page.',
        baseUrl:
          'Usually empty, for Feishu’s own address; for Lark use https://open.larksuite.com, or a local emulator’s address.',
      },
      wecom: {
        corpId: 'Admin console → My company → Corp ID; it starts with “ww”.',
        agentId: 'App management → your app → AgentId, digits only.',
        secret: 'The same app’s Secret. Not shown again after saving.',
        callbackToken: 'The Token under the app’s Receive messages → Set API receiving.',
        callbackAesKey: 'The EncodingAESKey in the same settings, 43 characters.',
        baseUrl:
          'Usually empty, for WeCom’s own addresses; set it for a private deployment or a local emulator.',
      },
    },
    form: {
      title: 'Add a platform connection',
      platform: 'Platform',
      groups: { app: 'App credentials', callback: 'Event callbacks', advanced: 'Advanced (optional)' },
      submit: 'Save connection',
      created: 'Connection added',
    },
    roles: {
      link: 'Role mapping',
      title: 'Role mapping',
      rule: 'Each time someone signs in through this connection they get the role mapped to them; otherwise the strongest role mapped to one of their departments ({{order}}); with no mapping the organisation’s administrator on the platform (DingTalk admin, Feishu tenant manager) is an admin, other newcomers start as {{fallback}} and others keep their role. A role an admin set by hand under Members is never changed by mappings.',
      listTitle: 'Mappings',
      subject: { department: 'Department', user: 'Member' },
      emptyTitle: 'No role mappings yet',
      emptyBody:
        'Right now every newcomer starts as {{fallback}}. Add a mapping for a department or a member below.',
      remove: 'Delete',
      removeLabel: 'Delete the mapping for {{subject}} “{{name}}”',
      removeConfirm:
        'After deleting, people of {{subject}} “{{name}}” will no longer get {{role}} when they sign in; roles already given stay. Delete it?',
      removed: 'Mapping deleted',
      unnamed: '(name not recorded)',
      form: {
        title: 'Add a mapping',
        subject: 'Map a',
        pick: { department: 'Choose a department', user: 'Choose a member' },
        picked: 'Chosen: {{name}}',
        change: 'Choose again',
        nothingPicked: { department: 'Choose a department first', user: 'Choose a member first' },
        role: 'Role',
        replaceNote: 'Saving the same department or member again replaces its role.',
        submit: 'Save mapping',
        saved: 'Mapping saved',
      },
      picker: {
        departmentsTitle: 'Choose a department from {{platform}}',
        peopleTitle: 'Choose a member from {{platform}}',
        root: 'All departments',
        up: 'Up one level',
        open: 'Show sub-departments',
        choose: 'Choose',
        noDepartments: 'No sub-departments here',
        search: 'Search by name',
        noPeople: 'Nobody by that name',
        departmentsDenied:
          'The {{platform}} app may not read departments (it lacks the contacts permission, or its contacts range does not include them), so departments cannot be mapped. Grant the app the contacts permission and range in the developer console, or map members instead.',
        peopleDenied:
          'The {{platform}} app may not read the directory; these are the people who already signed in through this connection.',
        feishuDefault: 'Feishu apps often may not read departments, so members are mapped by default here.',
      },
    },
  },
};

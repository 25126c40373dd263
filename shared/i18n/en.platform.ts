/** English texts of the platform sign-in and connections screens. */
import type { Catalogue } from './zh-CN';

export const enPlatformUi: Pick<
  Catalogue['ui'],
  'platforms' | 'platformSignIn' | 'linkSignIn' | 'connections'
> = {
  platforms: { dingtalk: 'DingTalk', feishu: 'Feishu', wecom: 'WeCom' },
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
        'In the DingTalk developer console, under Event subscription, choose HTTP push and paste this URL.',
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
    copy: 'Copy {{label}}',
    copyShort: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy automatically; long-press the address to copy it',
    fields: {
      corpId: 'CorpId',
      clientId: 'Client ID',
      clientSecret: 'Client Secret',
      agentId: 'AgentId',
      callbackToken: 'Callback token',
      callbackAesKey: 'Callback encryption key',
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

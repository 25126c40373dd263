/** 简体中文 texts of the platform sign-in and connections screens. */
export const zhCNPlatformUi = {
  platformDigest: {
    more: '还有 {{count}} 条，请在列表中查看',
    openAll: '查看全部',
  },
  platformSignIn: {
    signingIn: '正在通过{{platform}}登录…',
    signingInBody: '正在确认你的{{platform}}身份，马上就好。',
    notConnectedTitle: '这个组织还没有接入 Fieldloop',
    notConnectedBody: '你所在的{{platform}}组织还没有开通 Fieldloop，所以暂时无法登录。',
    notConnectedStep1: '请联系组织里负责 Fieldloop 的管理员。',
    notConnectedStep2:
      '管理员在 Fieldloop「我的 → 平台连接」中添加这个组织的{{platform}}应用后，回到这里重新检查即可。',
    orgKey: '可以把下面的组织标识发给管理员：',
    checkAgain: '已接入，重新检查',
    codeInvalidTitle: '登录凭证已失效',
    codeInvalidBody: '{{platform}}给的登录凭证已过期或已被使用。重新登录会获取新的凭证。',
    interruptedTitle: '登录过程被打断了',
    interruptedBody: '返回的登录信息与发出的请求对不上，可能是页面已过期。请重新登录。',
    signInAgain: '重新登录',
    notInHostTitle: '请在{{platform}}中打开',
    notInHostBody: '自动登录需要{{platform}}客户端。请从{{platform}}的工作台打开 Fieldloop。',
    otherWays: '使用其他方式登录',
    failedTitle: '登录没有成功',
    failedBody: '{{platform}}没有给出登录凭证。请稍后重试；如果一直失败，请联系管理员。',
    missingKeyTitle: '无法识别你的组织',
    missingKeyBody:
      '打开 Fieldloop 的地址里缺少{{platform}}组织信息。请管理员在{{platform}}开放平台中，把应用首页设为 Fieldloop「我的 → 平台连接」里显示的应用首页地址。',
    signedOutTitle: '你已退出登录',
    signedOutBody: '需要时，可以用{{platform}}身份重新进入 Fieldloop。',
    signInAs: '用{{platform}}身份登录',
  },
  linkSignIn: {
    signingIn: '正在用一次性链接登录…',
    invalidTitle: '登录链接已失效',
    invalidBody: '一次性登录链接只能使用一次，并在 24 小时后过期。请让管理员重新生成一个。',
    failedTitle: '登录没有成功',
    toLogin: '返回登录页',
  },
  connections: {
    title: '平台连接',
    entryHint: '接入钉钉、飞书或企业微信的自建应用',
    add: '添加连接',
    addShort: '添加',
    emptyTitle: '还没有接入任何平台',
    emptyBody: '添加钉钉、飞书或企业微信的自建应用后，组织成员就能从工作台直接进入 Fieldloop，无需密码。',
    enabled: '已启用',
    disabled: '已停用',
    keyLabel: { dingtalk: 'CorpId', feishu: 'App ID', wecom: '企业 ID' },
    apiBase: '接口地址',
    test: '测试连接',
    testOk: '连接正常',
    testFailed: '连接失败',
    neverTested: '还没有测试过。点「测试连接」确认凭证可用。',
    disable: '停用',
    enable: '启用',
    disableConfirm:
      '停用后，这个组织的成员将无法通过{{platform}}登录 Fieldloop，也收不到平台消息。确定停用吗？',
    enabledToast: '已启用',
    disabledToast: '已停用',
    callbackUrl: '回调地址',
    callbackHint: {
      dingtalk: '在钉钉开发者后台「事件订阅」中选择 HTTP 推送，填入此地址（选 Stream 模式则不需要）。',
      feishu: '在飞书开放平台「事件与回调」中填入此请求地址。',
      wecom: '在应用「接收消息 → 设置 API 接收」中填入此 URL。',
    },
    homeUrl: '应用首页地址',
    homeHint: {
      dingtalk: '填到应用的移动端和 PC 端首页地址。$CORPID$ 会由钉钉替换为组织的 CorpId。',
      feishu: '填到「网页应用」的移动端和桌面端主页。',
      wecom: '填到应用主页，并在「网页授权及 JS-SDK」中把可信域名设为本站域名。',
    },
    platformCode: '平台错误码 {{code}}',
    setup: {
      title: '在{{platform}}后台要设置的',
      ipUnknown: '本服务器的出口 IP（设置 EGRESS_IP 后显示在这里）',
      steps: {
        dingtalk: {
          home: '开发者后台 → 应用 → 应用能力 → 网页应用：移动端和 PC 端首页地址都填上面的「应用首页地址」，保留其中的 $CORPID$，钉钉会换成组织的 CorpId。',
          security: '安全设置 → 服务器出口IP：添加 {{ip}}；重定向URL（回调域名）添加 {{domain}}。',
          events:
            '事件订阅：推送方式选「HTTP 推送」，请求网址填上面的「回调地址」，加密 aes_key 和签名 token 与这个连接里填写的一致；订阅通讯录的成员变更和离职事件。服务器没有公网地址时，改用 Stream 模式（重新添加连接时选择）。',
          eventsStream:
            '事件订阅：推送方式选「Stream 模式推送」，订阅通讯录的成员变更和离职事件。Stream 模式由本服务器主动连接钉钉，不需要公网地址、回调地址、aes_key 或 token，只要服务器能访问 api.dingtalk.com；多台服务器时只有一台保持连接，它停下后另一台在 30 秒内接手。',
          permissions: '权限管理：开通「成员信息读权限」（登录时读取姓名和部门）。',
          release:
            '版本管理与发布：发布应用，并把可见范围设为要使用 Fieldloop 的人；范围外的人打不开应用，也收不到工作通知。',
        },
        feishu: {
          home: '开发者后台 → 应用 → 添加应用能力 → 网页应用：桌面端主页和移动端主页都填上面的「应用首页地址」。',
          security: '安全设置：重定向 URL 和 H5 可信域名添加 {{domain}}。',
          bot: '添加应用能力 → 机器人：开启机器人能力，否则 Fieldloop 发不出消息。',
          events:
            '事件与回调 → 事件配置：请求地址填上面的「回调地址」，订阅通讯录的用户变更和离职事件；Encrypt Key 和 Verification Token 与这个连接一致。',
          callbacks:
            '事件与回调 → 回调配置：请求地址同样填上面的「回调地址」，添加回调「卡片回传交互」card.action.trigger，消息卡片上的按钮才会生效。',
          release: '版本管理与发布 → 可用范围：包含要使用 Fieldloop 和收消息的人，然后发布版本。',
        },
        wecom: {
          home: '管理后台 → 应用管理 → 本应用 → 应用主页：填上面的「应用首页地址」。',
          domain: '网页授权及JS-SDK：可信域名设为 {{domain}}，并完成域名归属验证；否则登录时会报 50001。',
          ip: '企业可信IP：添加 {{ip}}。2022 年 6 月 20 日之后创建的自建应用只能从可信 IP 调用接口，否则报 60020。',
          callback:
            '接收消息 → 设置API接收：URL 填上面的「回调地址」，Token 和 EncodingAESKey 与这个连接一致。',
          visible: '可见范围：包含要使用 Fieldloop 的成员和部门。',
        },
      },
    },
    problems: {
      IP_NOT_TRUSTED: {
        dingtalk:
          '钉钉拒绝了来自 {{ip}} 的调用：这个地址不在应用的「服务器出口IP」白名单中。请在钉钉开发者后台 → 应用 → 安全设置 → 服务器出口IP 中添加 {{ip}}，保存后重新测试。',
        feishu:
          '飞书拒绝了来自 {{ip}} 的调用：应用开启了 IP 白名单，而这个地址不在其中。请在飞书开发者后台 → 应用 → 安全设置 → IP 白名单中添加 {{ip}}，保存后重新测试。',
        wecom:
          '企业微信拒绝了来自 {{ip}} 的调用：这个地址不在应用的「企业可信IP」中（2022 年 6 月 20 日之后创建的自建应用只能从可信 IP 调用接口）。请在管理后台 → 应用管理 → 本应用 → 企业可信IP 中添加 {{ip}}，保存后重新测试。',
      },
      REDIRECT_DOMAIN_NOT_TRUSTED: {
        dingtalk:
          '钉钉不接受跳转回 {{domain}}。请在开发者后台 → 应用 → 安全设置 → 重定向URL（回调域名）中添加 {{domain}}。',
        feishu:
          '飞书不接受跳转回 {{domain}}。请在开发者后台 → 应用 → 安全设置中，把 {{domain}} 加入重定向 URL 和 H5 可信域名。',
        wecom:
          '企业微信不接受跳转回 {{domain}}（50001）。请在应用管理 → 本应用 → 网页授权及JS-SDK 中把可信域名设为 {{domain}}，并完成域名归属验证。',
      },
      BAD_CREDENTIALS: {
        dingtalk:
          'Client ID 或 Client Secret 不对。请在钉钉开发者后台 → 应用 → 凭证与基础信息中复制，重新添加这个连接。',
        feishu:
          'App ID 或 App Secret 不对。请在飞书开发者后台 → 应用 → 凭证与基础信息中复制，重新添加这个连接。',
        wecom:
          '企业 ID 或应用 Secret 不对。企业 ID 在「我的企业 → 企业信息」，Secret 在「应用管理 → 本应用」中查看，重新添加这个连接。',
      },
      PERMISSION_MISSING: {
        dingtalk:
          '应用缺少接口权限（错误码 {{code}}）。请在钉钉开发者后台 → 应用 → 权限管理中开通「成员信息读权限」等 Fieldloop 需要的权限，然后重新测试。',
        feishu:
          '应用缺少权限（错误码 {{code}}）。请在飞书开发者后台 → 应用 → 权限管理中开通所需权限（如 im:message:send_as_bot），在「版本管理与发布」中发布新版本后重新测试。',
        wecom:
          '应用没有调用这个接口的权限（错误码 {{code}}）。请确认应用的可见范围包含要使用的成员和部门，然后重新测试。',
      },
      UNREACHABLE: {
        dingtalk:
          '暂时连不上钉钉（网络不通、超时或平台繁忙）。请确认服务器能访问 oapi.dingtalk.com，稍后重新测试。',
        feishu:
          '暂时连不上飞书（网络不通、超时或平台繁忙）。请确认服务器能访问 open.feishu.cn，稍后重新测试。',
        wecom:
          '暂时连不上企业微信（网络不通、超时或平台繁忙）。请确认服务器能访问 qyapi.weixin.qq.com，稍后重新测试。',
      },
      UNKNOWN: {
        dingtalk:
          '钉钉拒绝了请求（错误码 {{code}}）。请对照钉钉开放平台的错误码说明检查应用设置，或把错误码发给技术支持。',
        feishu:
          '飞书拒绝了请求（错误码 {{code}}）。请对照飞书开放平台的错误码说明检查应用设置，或把错误码发给技术支持。',
        wecom:
          '企业微信拒绝了请求（错误码 {{code}}）。请对照企业微信的全局错误码说明检查应用设置，或把错误码发给技术支持。',
      },
    },
    copy: '复制{{label}}',
    copyShort: '复制',
    copied: '已复制',
    copyFailed: '无法自动复制，请长按地址手动复制',
    choices: { events: { http: 'HTTP 推送', stream: 'Stream 模式' } },
    fields: {
      corpId: 'CorpId（企业 ID）',
      clientId: 'Client ID',
      clientSecret: 'Client Secret',
      agentId: 'AgentId',
      callbackToken: '回调 Token',
      callbackAesKey: '回调加密密钥',
      events: '事件接收方式',
      appId: 'App ID',
      appSecret: 'App Secret',
      encryptKey: 'Encrypt Key',
      verificationToken: 'Verification Token',
      secret: 'Secret',
      baseUrl: '接口地址',
    },
    hints: {
      dingtalk: {
        corpId: '钉钉开发者后台首页显示的 CorpId，以 ding 开头。',
        clientId: '应用详情 →「凭证与基础信息」→ Client ID（原 AppKey）。',
        clientSecret: '同一页面的 Client Secret（原 AppSecret）。保存后不再显示。',
        agentId: '同一页面的 AgentId，纯数字。',
        callbackToken: '「事件订阅」里的签名 Token，与钉钉中填写的一致。',
        callbackAesKey: '「事件订阅」里的加密 aes_key：43 位字母和数字。',
        events:
          '与钉钉「事件订阅」的推送方式一致。HTTP 推送：钉钉调用本服务器的回调地址，需要公网地址；Stream 模式：本服务器主动连接钉钉，适合在公司防火墙内部署，不需要 Token 和 aes_key。',
        baseUrl: '通常留空，使用钉钉官方地址；私有部署或本地模拟器时填写。',
      },
      feishu: {
        appId: '飞书开放平台 → 应用 →「凭证与基础信息」→ App ID，以 cli_ 开头。',
        appSecret: '同一页面的 App Secret。保存后不再显示。',
        encryptKey: '「事件与回调 → 加密策略」里的 Encrypt Key。',
        verificationToken: '同一页面的 Verification Token。',
        baseUrl: '通常留空，使用飞书官方地址；Lark 国际版填 https://open.larksuite.com，或填本地模拟器地址。',
      },
      wecom: {
        corpId: '企业微信管理后台 →「我的企业」→ 企业 ID，以 ww 开头。',
        agentId: '「应用管理」→ 自建应用 → AgentId，纯数字。',
        secret: '同一应用的 Secret。保存后不再显示。',
        callbackToken: '应用「接收消息 → 设置 API 接收」里的 Token。',
        callbackAesKey: '同一设置里的 EncodingAESKey，43 位。',
        baseUrl: '通常留空，使用企业微信官方地址；私有部署或本地模拟器时填写。',
      },
    },
    form: {
      title: '添加平台连接',
      platform: '选择平台',
      groups: { app: '应用凭证', callback: '事件回调', advanced: '高级（可选）' },
      submit: '保存连接',
      created: '连接已添加',
    },
    roles: {
      link: '角色映射',
      title: '角色映射',
      rule: '成员每次通过这个连接登录时：有成员映射就用它；否则取其所在部门映射中最高的角色（{{order}}）；都没有时，平台上的组织管理员（钉钉管理员、飞书企业管理员）为管理员，其他新成员为{{fallback}}，老成员保持原角色。管理员在「成员管理」里手动设置过的角色不会被映射改动。',
      listTitle: '已有映射',
      subject: { department: '部门', user: '成员' },
      emptyTitle: '还没有角色映射',
      emptyBody: '现在所有新成员首次登录后都是「{{fallback}}」。在下方按部门或成员添加映射。',
      remove: '删除',
      removeLabel: '删除{{subject}}「{{name}}」的映射',
      removeConfirm:
        '删除后，{{subject}}「{{name}}」的成员登录时将不再获得「{{role}}」，已有的角色保持不变。确定删除吗？',
      removed: '映射已删除',
      unnamed: '（未记录名称）',
      form: {
        title: '添加映射',
        subject: '映射对象',
        pick: { department: '选择部门', user: '选择成员' },
        picked: '已选择：{{name}}',
        change: '重新选择',
        nothingPicked: { department: '请先选择一个部门', user: '请先选择一位成员' },
        role: '角色',
        replaceNote: '同一部门或成员再次保存，会替换原来的角色。',
        submit: '保存映射',
        saved: '映射已保存',
      },
      picker: {
        departmentsTitle: '从{{platform}}通讯录选择部门',
        peopleTitle: '从{{platform}}通讯录选择成员',
        root: '全部部门',
        up: '返回上一级',
        open: '查看下级部门',
        choose: '选择',
        noDepartments: '这里没有下级部门',
        search: '输入姓名搜索',
        noPeople: '没有找到这个名字的成员',
        departmentsDenied:
          '{{platform}}应用没有读取部门的通讯录权限（或通讯录范围不含这里），无法按部门映射。请在开放平台为应用开通通讯录权限并设置范围，或者改为按成员映射。',
        peopleDenied: '{{platform}}应用没有读取通讯录的权限，下面列出的是已经通过这个连接登录过的成员。',
        feishuDefault: '飞书应用常常没有读取部门的权限，所以这里默认按成员映射。',
      },
    },
  },
};

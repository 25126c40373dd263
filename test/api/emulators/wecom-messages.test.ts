import { startWeComEmulator, type WeComEmulator } from '@test/emulators/wecom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { weComAppKey, weComCorp } from './fixtures';
import { getJson, sendJson } from './http';

let wecom: WeComEmulator;
let token: string;
beforeAll(async () => {
  wecom = await startWeComEmulator();
  wecom.addOrg(weComCorp);
});
afterAll(() => wecom.close());
beforeEach(async () => {
  wecom.reset();
  const { body } = await getJson<{ access_token: string }>(
    `${wecom.baseUrl}/cgi-bin/gettoken?corpid=${weComCorp.corpId}&corpsecret=${weComCorp.secret}`,
  );
  token = body.access_token;
});

const send = (body: Record<string, unknown>) =>
  sendJson<Record<string, string | number>>(`${wecom.baseUrl}/cgi-bin/message/send?access_token=${token}`, {
    agentid: weComCorp.agentId,
    ...body,
  });
const text = (content: string) => ({ msgtype: 'text', text: { content } });
const buttonCard = {
  msgtype: 'template_card',
  template_card: {
    card_type: 'button_interaction',
    main_title: { title: '需求待确认' },
    task_id: 'task-1',
    button_list: [{ type: 0, text: '同意', style: 1, key: 'approve' }],
  },
};

describe('WeCom application messages', () => {
  it('sends to the valid recipients and lists the invalid ones lowercased', async () => {
    const sent = await send({ touser: 'TangYue|Ghost', toparty: '99', ...text('拜访提醒') });
    expect(sent.body).toMatchObject({
      errcode: 0,
      errmsg: 'ok',
      invaliduser: 'ghost',
      invalidparty: '99',
      msgid: expect.any(String),
    });
    expect(wecom.sentMessages({ appKey: weComAppKey })).toEqual([
      expect.objectContaining({
        recipient: 'TangYue',
        msgType: 'text',
        content: { content: '拜访提醒' },
        delivered: true,
      }),
    ]);
    expect((await send({ touser: 'nobody', ...text('x') })).body).toMatchObject({ errcode: 81013 });
  });

  it('refuses a wrong agentid, an unknown msgtype and empty text', async () => {
    expect((await send({ agentid: 1, touser: '@all', ...text('x') })).body).toMatchObject({ errcode: 40056 });
    expect((await send({ touser: '@all', msgtype: 'hologram', hologram: {} })).body).toMatchObject({
      errcode: 40008,
    });
    expect((await send({ touser: '@all', ...text('') })).body).toMatchObject({ errcode: 44004 });
  });

  it('silently drops the 31st message to one member within a minute', async () => {
    for (let i = 0; i < 31; i++)
      expect((await send({ touser: 'fangzhi', ...text(`#${i}`) })).body.errcode).toBe(0);
    const delivered = wecom.sentMessages({ recipient: 'fangzhi' }).map((message) => message.delivered);
    expect(delivered.filter(Boolean)).toHaveLength(30);
    expect(delivered[30]).toBe(false);
    wecom.advanceClock(61_000);
    const { body } = await getJson<{ access_token: string }>(
      `${wecom.baseUrl}/cgi-bin/gettoken?corpid=${weComCorp.corpId}&corpsecret=${weComCorp.secret}`,
    );
    token = body.access_token;
    await send({ touser: 'fangzhi', ...text('later') });
    expect(wecom.sentMessages({ recipient: 'fangzhi' }).at(-1)?.delivered).toBe(true);
  });

  it('drops duplicates when enable_duplicate_check is on', async () => {
    await send({ touser: 'fangzhi', enable_duplicate_check: 1, ...text('同一条') });
    await send({ touser: 'fangzhi', enable_duplicate_check: 1, ...text('同一条') });
    expect(wecom.sentMessages().map((message) => message.dropReason)).toEqual([
      null,
      expect.stringMatching(/duplicate/),
    ]);
  });

  it('gives a button card a response_code that updates it exactly once', async () => {
    const sent = await send({ touser: 'TangYue', ...buttonCard });
    expect(sent.body.response_code).toEqual(expect.any(String));
    const { task_id: _taskId, ...withoutTask } = buttonCard.template_card;
    expect(
      (await send({ touser: 'TangYue', msgtype: 'template_card', template_card: withoutTask })).body,
    ).toMatchObject({
      errcode: 40058,
    });
    const update = () =>
      sendJson(`${wecom.baseUrl}/cgi-bin/message/update_template_card?access_token=${token}`, {
        userids: ['TangYue'],
        agentid: weComCorp.agentId,
        response_code: sent.body.response_code,
        button: { replace_name: '已同意' },
      });
    expect((await update()).body).toMatchObject({ errcode: 0 });
    expect(wecom.sentMessages()[0]?.updates).toEqual([{ replace_name: '已同意' }]);
    expect((await update()).body).toMatchObject({ errcode: 40058 });
  });

  it('counts sends per app', async () => {
    await Promise.all([send({ touser: 'fangzhi', ...text('a') }), send({ touser: 'TangYue', ...text('b') })]);
    expect(wecom.counters()[weComAppKey]).toMatchObject({ tokenFetches: 1, messageSends: 2 });
  });
});

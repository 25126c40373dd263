/** Feishu/Lark: the page's signed config, then tt.share with the link as a card. */
import { describeFailure } from './bridge-error';
import { configureFeishu } from './feishu-config';
import type { ShareCard } from './share';

interface FeishuShareWindow {
  tt?: { share?(options: Record<string, unknown>): void };
}

const feishuWindow = () => window as unknown as FeishuShareWindow;

export async function feishuShare(card: ShareCard): Promise<void> {
  await configureFeishu();
  const share = feishuWindow().tt?.share;
  if (!share) throw new Error('tt.share is missing');
  await new Promise<void>((resolve, reject) => {
    share({
      channelType: ['im'],
      contentType: 'url',
      url: card.url,
      title: card.title,
      content: card.text,
      success: () => resolve(),
      fail: (failure: unknown) => reject(new Error(describeFailure(failure))),
    });
  });
}

/** /requirements: capture, find similar, mention, merge, decide, close the loop and export. */
import type { AppDeps } from '@server/app-deps';
import type { ApiRouter, Routers } from '@server/core/http';
import { readBody, readId, readQuery } from '@server/core/http';
import { sendSpreadsheet } from '@server/core/spreadsheets';
import {
  bulkStatusRequest,
  commitmentCreate,
  contestRequest,
  decisionCreate,
  exportQuery,
  mentionCreate,
  mentionUpdate,
  mergeRequest,
  requirementCreate,
  requirementListQuery,
  requirementUpdate,
  toldRequest,
} from '@shared/schemas/requirements';
import {
  commitmentListQuery,
  myRequirementsQuery,
  scoreWeights,
  statsQuery,
} from '@shared/schemas/requirements-loop';
import { similarQuery } from '@shared/schemas/requirements-similar';
import { addMention, createRequirement } from './capture';
import { addCommitment, listCommitments } from './commitments';
import { undoDecision } from './decision-undo';
import { bulkDecide, decide } from './decisions';
import { getRequirementDetail } from './detail';
import { exportRequirements } from './export';
import { setMentionGoLive } from './go-live';
import { contestMerge, resolveContest } from './merge-contests';
import { mergeRequirement, undoMerge } from './merges';
import { myRequirements, setFollowing } from './mine';
import { listVisibleRequirements, updateRequirement } from './service';
import { getWeights, putWeights, requirementStats } from './stats';
import { confirmTold } from './tellings';

export function requirementRoutes(routers: Routers, deps: AppDeps): void {
  const api = routers.private;
  poolRoutes(api, routers.kept, deps);
  mentionRoutes(api, deps);
  mergeRoutes(api, deps);
  decisionRoutes(api, deps);
  followAndPromiseRoutes(api, routers.kept);
  // Last: '/requirements/:id' would otherwise answer '/requirements/mine' and '/requirements/commitments'.
  oneRequirementRoutes(api, deps);
}

/** The table, one requirement, capture, similar ones, the figures, the weights and the export. */
function poolRoutes(api: ApiRouter, kept: Routers['kept'], deps: AppDeps): void {
  api.get('/requirements', kept, async (ctx) => {
    ctx.body = await listVisibleRequirements(
      ctx.state.tdb,
      ctx.state.actor,
      readQuery(ctx, requirementListQuery),
    );
  });

  api.post('/requirements', async (ctx) => {
    const result = await createRequirement(
      ctx.state.tdb,
      ctx.state.actor,
      readBody(ctx, requirementCreate),
      deps.attachments,
    );
    ctx.body = result.body;
    ctx.status = result.created ? 201 : 200;
  });

  api.get('/requirements/similar', async (ctx) => {
    const query = readQuery(ctx, similarQuery);
    ctx.body = { items: await deps.similar.lookup(ctx.state.tdb, query) };
  });

  api.get('/requirements/stats', async (ctx) => {
    ctx.body = await requirementStats(ctx.state.tdb, ctx.state.actor, readQuery(ctx, statsQuery));
  });

  api.get('/requirements/export', async (ctx) => {
    const query = readQuery(ctx, exportQuery);
    sendSpreadsheet(ctx, exportRequirements(ctx.state.tdb, ctx.state.actor, query, ctx.state.t));
  });

  api.get('/requirements/settings/weights', async (ctx) => {
    ctx.body = await getWeights(ctx.state.tdb, ctx.state.actor);
  });

  api.put('/requirements/settings/weights', async (ctx) => {
    ctx.body = await putWeights(ctx.state.tdb, ctx.state.actor, readBody(ctx, scoreWeights));
  });
}

/** A +1 from the field, and its go-live mark. */
function mentionRoutes(api: ApiRouter, deps: AppDeps): void {
  api.post('/requirements/:id/mentions', async (ctx) => {
    const id = readId(ctx);
    const result = await addMention(
      ctx.state.tdb,
      ctx.state.actor,
      id,
      readBody(ctx, mentionCreate),
      deps.attachments,
    );
    ctx.body = result.body;
    ctx.status = result.created ? 201 : 200;
  });

  api.patch('/requirements/:id/mentions/:mentionId', async (ctx) => {
    const [id, mentionId] = [readId(ctx), readId(ctx, 'mentionId')];
    ctx.body = await setMentionGoLive(
      ctx.state.tdb,
      ctx.state.actor,
      id,
      mentionId,
      readBody(ctx, mentionUpdate),
    );
  });
}

/** Merging a duplicate, contesting, keeping and undoing it. */
function mergeRoutes(api: ApiRouter, deps: AppDeps): void {
  const publicUrl = deps.config.publicUrl;

  api.post('/requirements/:id/merge', async (ctx) => {
    const id = readId(ctx);
    const { targetId } = readBody(ctx, mergeRequest);
    ctx.body = await mergeRequirement(ctx.state.tdb, ctx.state.actor, id, targetId, publicUrl);
  });

  api.post('/requirements/:id/merge/:mergeId/contest', async (ctx) => {
    const [id, mergeId] = [readId(ctx), readId(ctx, 'mergeId')];
    const { note } = readBody(ctx, contestRequest);
    ctx.body = await contestMerge(ctx.state.tdb, ctx.state.actor, id, mergeId, note ?? null, publicUrl);
  });

  api.post('/requirements/:id/merge/:mergeId/keep', async (ctx) => {
    ctx.body = await resolveContest(ctx.state.tdb, ctx.state.actor, readId(ctx), readId(ctx, 'mergeId'));
  });

  api.post('/requirements/:id/merge/:mergeId/undo', async (ctx) => {
    ctx.body = await undoMerge(ctx.state.tdb, ctx.state.actor, readId(ctx), readId(ctx, 'mergeId'));
  });
}

/** Deciding (one or many), taking it back, and confirming the customer was told. */
function decisionRoutes(api: ApiRouter, deps: AppDeps): void {
  const publicUrl = deps.config.publicUrl;

  api.post('/requirements/bulk-status', async (ctx) => {
    ctx.body = await bulkDecide(ctx.state.tdb, ctx.state.actor, readBody(ctx, bulkStatusRequest), publicUrl);
  });

  api.post('/requirements/:id/decisions', async (ctx) => {
    const id = readId(ctx);
    ctx.body = await decide(ctx.state.tdb, ctx.state.actor, id, readBody(ctx, decisionCreate), publicUrl);
    ctx.status = 201;
  });

  api.post('/requirements/:id/decisions/:decisionId/undo', async (ctx) => {
    const [id, decisionId] = [readId(ctx), readId(ctx, 'decisionId')];
    ctx.body = await undoDecision(ctx.state.tdb, ctx.state.actor, id, decisionId);
  });

  api.post('/requirements/:id/told', async (ctx) => {
    const id = readId(ctx);
    const { customerId } = readBody(ctx, toldRequest);
    ctx.body = await confirmTold(ctx.state.tdb, ctx.state.actor, id, customerId);
  });
}

/** What I reported, following, and promises to customers. */
function followAndPromiseRoutes(api: ApiRouter, kept: Routers['kept']): void {
  api.get('/requirements/mine', kept, async (ctx) => {
    ctx.body = await myRequirements(ctx.state.tdb, ctx.state.actor, readQuery(ctx, myRequirementsQuery));
  });

  api.get('/requirements/commitments', async (ctx) => {
    ctx.body = await listCommitments(ctx.state.tdb, ctx.state.actor, readQuery(ctx, commitmentListQuery));
  });

  api.post('/requirements/:id/follow', async (ctx) => {
    ctx.body = await setFollowing(ctx.state.tdb, ctx.state.actor, readId(ctx), true);
  });

  api.delete('/requirements/:id/follow', async (ctx) => {
    ctx.body = await setFollowing(ctx.state.tdb, ctx.state.actor, readId(ctx), false);
  });

  api.post('/requirements/:id/commitments', async (ctx) => {
    const id = readId(ctx);
    ctx.body = await addCommitment(ctx.state.tdb, ctx.state.actor, id, readBody(ctx, commitmentCreate));
    ctx.status = 201;
  });
}

/** One requirement: its detail page and editing it. */
function oneRequirementRoutes(api: ApiRouter, deps: AppDeps): void {
  api.get('/requirements/:id', async (ctx) => {
    ctx.body = await getRequirementDetail(ctx.state.tdb, ctx.state.actor, readId(ctx), deps);
  });

  api.patch('/requirements/:id', async (ctx) => {
    const id = readId(ctx);
    ctx.body = await updateRequirement(ctx.state.tdb, ctx.state.actor, id, readBody(ctx, requirementUpdate));
  });
}

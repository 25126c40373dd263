/**
 * Entry point: the opening screen's downloads and requests first, then global styles (antd-mobile's, then ours over
 * them), then the app itself in a task of its own, after a frame. Evaluating React and the shell is the longest piece
 * of work before the first screen; after this module's task the phone paints the splash and answers taps before it
 * starts, and its code has been downloading since the page listed it (server/core/page-head.ts, issue #14).
 */
import './app/first-screen';
import 'antd-mobile/es/global';
import './app/global.css';

// After the next frame: the splash is painted before the shell's work begins, not after it.
requestAnimationFrame(() => setTimeout(() => void import('./app/start'), 0));

/**
 * Every feature's offline sender, registered at app start: a submission queued on an earlier day (or in a WebView
 * that was closed) is sent as soon as the app opens, whichever screen the person opens it on.
 */
import '../features/implementation/sender';
import '../features/requirements/senders';
import '../features/visits/sender';

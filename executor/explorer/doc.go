// Package explorer is the executor's web page for users, operators and watchers: static HTML, CSS
// and JavaScript embedded in the binary, served with a read-only JSON-RPC proxy to the executor
// and the sequencer, so that the page talks to one origin and never to a send method.
package explorer

// Stands in for a Vite dev server in the Vite integration's tests: it parses the arguments Vite's CLI would receive and
// serves what it was given, so the test can check them.
import http from 'node:http';

const argument = (name) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const port = Number(argument('--port'));
const host = argument('--host');

http.createServer((request, response) => {
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({
    port: String(port),
    host,
    strictPort: process.argv.includes('--strictPort'),
    envPort: process.env.PORT,
    api: process.env.services__api__http__0 ?? null,
  }));
}).listen(port, host);

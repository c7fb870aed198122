// Runs config.w32 under node with stand-ins for the confutils.js functions it
// calls (php-src win32/build/confutils.js; names and parameter lists as there),
// on this tree, and checks what it asks the Windows build for: every function
// is one confutils.js has and gets no more arguments than it takes, the
// extension is "b24", the sources added are exactly the .c files of src/core
// and src/php, the include folders exist, the dependency is an extension of
// PHP's own, and a missing library ends in WARNING() with nothing added.
// What this cannot check: that the library names and headers match PHP's
// Windows dependency packages, and that MSVC compiles the sources.
//
//   node scripts/check-w32.js    (from scripts/check-w32)
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const root = path.resolve(__dirname, '..');
const text = fs.readFileSync(path.join(root, 'config.w32'), 'utf8');
// confutils.js function -> how many parameters it declares
const CONFUTILS = {
	ARG_WITH: 3, ARG_ENABLE: 3, CHECK_LIB: 5, CHECK_HEADER_ADD_INCLUDE: 6,
	EXTENSION: 6, ADD_SOURCES: 4, ADD_FLAG: 3, ADD_EXTENSION_DEP: 3, WARNING: 1,
	ERROR: 1, AC_DEFINE: 4, glob: 1, PHP_INSTALL_HEADERS: 2,
};
const PHP_OWN_EXTENSIONS = ['json', 'standard', 'hash', 'spl', 'random', 'date', 'pcre'];
const errors = [];

function run(libsFound) {
	const calls = [];
	const sandbox = {
		configure_module_dirname: 'C:\\b24',
		PHP_B24: 'yes', PHP_B24_SHARED: true,
		FSO: { GetFileName: (p) => p.split('\\').pop() },
	};
	for (const [name, arity] of Object.entries(CONFUTILS)) {
		sandbox[name] = function () {
			const args = Array.prototype.slice.call(arguments);
			if (args.length > arity) {
				errors.push(`${name}() given ${args.length} arguments, confutils.js takes ${arity}`);
			}
			calls.push({ name, args });
			if (name === 'glob') {
				const rel = args[0].replace(/^C:\\b24\\/, '').split('\\');
				const pattern = rel.pop();
				const dir = path.join(root, ...rel);
				const re = new RegExp('^' + pattern.replace(/\./g, '\\.').replace(/\*/g, '.*') + '$');
				const found = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => re.test(f)) : [];
				return found.length ? found.map((f) => 'C:\\b24\\' + rel.concat(f).join('\\')) : false;
			}
			if (name.startsWith('CHECK_')) {
				return libsFound;
			}
			return undefined;
		};
	}
	try {
		vm.runInNewContext(text, sandbox, { filename: 'config.w32' });
	} catch (e) {
		errors.push(`config.w32 does not run: ${e.message}`);
	}
	return calls;
}

function sourcesOf(dir) {
	return fs.readdirSync(path.join(root, 'src', dir)).filter((f) => f.endsWith('.c')).sort().join(' ');
}

const calls = run(true);
const named = (n) => calls.filter((c) => c.name === n);
if (!named('ARG_WITH').some((c) => c.args[0] === 'b24')) errors.push('no ARG_WITH("b24", ...)');
if (named('EXTENSION').length !== 1 || named('EXTENSION')[0].args[0] !== 'b24') errors.push('not one EXTENSION("b24", ...)');
for (const dir of ['core', 'php']) {
	const add = named('ADD_SOURCES').find((c) => c.args[0] === 'C:\\b24\\src\\' + dir);
	if (!add) { errors.push(`no ADD_SOURCES for src\\${dir}`); continue; }
	const listed = add.args[1].split(/\s+/).filter(Boolean).sort().join(' ');
	if (listed !== sourcesOf(dir)) errors.push(`ADD_SOURCES src\\${dir} lists "${listed}", the tree has "${sourcesOf(dir)}"`);
	if (add.args[2] !== 'b24') errors.push(`ADD_SOURCES src\\${dir} is not for b24`);
}
for (const c of named('ADD_FLAG')) {
	for (const m of String(c.args[1]).matchAll(/\/I\s+"?C:\\b24\\([^\s"]+)/g)) {
		if (!fs.existsSync(path.join(root, ...m[1].split('\\')))) errors.push(`ADD_FLAG includes a missing folder ${m[1]}`);
	}
}
for (const c of named('ADD_EXTENSION_DEP')) {
	if (!PHP_OWN_EXTENSIONS.includes(c.args[1])) errors.push(`depends on ${c.args[1]}, not one of PHP's own extensions`);
}
const without = run(false);
if (!without.some((c) => c.name === 'WARNING') || without.some((c) => c.name === 'EXTENSION')) {
	errors.push('without libcurl/json-c config.w32 must WARNING() and add nothing');
}
for (const c of calls.concat(without)) {
	if (!(c.name in CONFUTILS)) errors.push(`${c.name} is not a confutils.js function`);
}
if (errors.length) {
	console.log(errors.join('\n'));
	process.exit(1);
}
console.log(`config.w32: ${calls.length} confutils.js calls checked, sources match src/core and src/php`);

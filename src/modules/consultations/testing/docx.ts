// Small Word documents made in the tests, so no binary fixture is committed: a minimal valid .docx (the parts Word
// and mammoth need, the Title and Heading 1 to 3 styles, bullet and numbered lists, tables, a tiny PNG picture).
import JSZip from 'jszip';

export type DocxBlock =
  | { heading: string; level?: 1 | 2 | 3 }
  | { title: string }
  /** a paragraph; `**words**` in it are bold, `*words*` italic, `[words](address)` a link, `\n` a line break */
  | { p: string }
  /** a list; `levels` gives each item's nesting (0, the default, or 1) */
  | { list: string[]; ordered?: boolean; levels?: number[] }
  /** rows of cells; the first row is the header row */
  | { table: string[][] }
  | { image: true; alt?: string };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface Links {
  targets: string[];
}

function runs(text: string, links: Links): string {
  const out: string[] = [];
  for (const part of text.split(/(\*\*[^*]+\*\*|\*[^*]+\*|\[[^\]]+\]\([^)]+\))/)) {
    if (!part) continue;
    const link = /^\[([^\]]+)\]\(([^)]+)\)$/.exec(part);
    if (link) {
      links.targets.push(link[2]);
      out.push(`<w:hyperlink r:id="rIdLink${links.targets.length}"><w:r><w:t xml:space="preserve">${xml(link[1])}</w:t></w:r></w:hyperlink>`);
      continue;
    }
    const bold = part.startsWith('**') && part.endsWith('**');
    const italic = !bold && part.startsWith('*') && part.endsWith('*') && part.length > 1;
    const content = bold ? part.slice(2, -2) : italic ? part.slice(1, -1) : part;
    const props = bold ? '<w:rPr><w:b/></w:rPr>' : italic ? '<w:rPr><w:i/></w:rPr>' : '';
    const text = content.split('\n').map((line) => `<w:t xml:space="preserve">${xml(line)}</w:t>`).join('<w:br/>');
    out.push(`<w:r>${props}${text}</w:r>`);
  }
  return out.join('');
}

function paragraph(text: string, links: Links, style?: string, numbering?: { numId: number; level: number }): string {
  const props =
    style || numbering
      ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numbering ? `<w:numPr><w:ilvl w:val="${numbering.level}"/><w:numId w:val="${numbering.numId}"/></w:numPr>` : ''}</w:pPr>`
      : '';
  return `<w:p>${props}${runs(text, links)}</w:p>`;
}

function table(rows: string[][], links: Links): string {
  const body = rows
    .map((row, i) => {
      const header = i === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
      return `<w:tr>${header}${row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paragraph(cell, links)}</w:tc>`).join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${body}</w:tbl>`;
}

function image(id: number, alt: string): string {
  return (
    `<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="9525" cy="9525"/><wp:docPr id="${id}" name="Picture ${id}" descr="${xml(alt)}"/>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    `<pic:nvPicPr><pic:cNvPr id="${id}" name="image${id}.png"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="rIdImage${id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="9525" cy="9525"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
  );
}

function style(id: string, name: string, extra = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>${extra}</w:style>`;
}

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:styles xmlns:w="${W}">` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  style('Title', 'Title') +
  style('Heading1', 'heading 1', '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>') +
  style('Heading2', 'heading 2', '<w:pPr><w:outlineLvl w:val="1"/></w:pPr>') +
  style('Heading3', 'heading 3', '<w:pPr><w:outlineLvl w:val="2"/></w:pPr>') +
  `</w:styles>`;

const NUMBERING =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:numbering xmlns:w="${W}">` +
  `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>` +
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
  `<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
  `</w:numbering>`;

/** A .docx made of the given blocks, in order. */
export async function buildDocx(blocks: DocxBlock[]): Promise<Buffer> {
  const body: string[] = [];
  const links: Links = { targets: [] };
  let images = 0;
  for (const block of blocks) {
    if ('heading' in block) body.push(paragraph(block.heading, links, `Heading${block.level ?? 1}`));
    else if ('title' in block) body.push(paragraph(block.title, links, 'Title'));
    else if ('p' in block) body.push(paragraph(block.p, links));
    else if ('list' in block) {
      block.list.forEach((item, i) => body.push(paragraph(item, links, undefined, { numId: block.ordered ? 2 : 1, level: block.levels?.[i] ?? 0 })));
    } else if ('table' in block) body.push(table(block.table, links), paragraph('', links));
    else body.push(image(++images, block.alt ?? ''));
  }
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Default Extension="png" ContentType="image/png"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
      `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
      `</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>` +
      `</Relationships>`,
  );
  const imageRels = Array.from(
    { length: images },
    (_, i) => `<Relationship Id="rIdImage${i + 1}" Type="${R}/image" Target="media/image${i + 1}.png"/>`,
  ).join('');
  const linkRels = links.targets
    .map((target, i) => `<Relationship Id="rIdLink${i + 1}" Type="${R}/hyperlink" Target="${xml(target)}" TargetMode="External"/>`)
    .join('');
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rIdNumbering" Type="${R}/numbering" Target="numbering.xml"/>` +
      imageRels +
      linkRels +
      `</Relationships>`,
  );
  zip.file('word/styles.xml', STYLES);
  zip.file('word/numbering.xml', NUMBERING);
  for (let i = 1; i <= images; i++) zip.file(`word/media/image${i}.png`, PNG);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">` +
      `<w:body>${body.join('')}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** What Word writes for a password-protected file (and old .doc files): the OLE compound file signature. */
export function passwordProtectedLike(): Buffer {
  return Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
}

/** A zip file that is not a Word document (no word/document.xml), written by hand so it is ready at once. */
export function notADocx(): Buffer {
  return storedZip('readme.txt', Buffer.from('This is a zip file, not a Word document.'));
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip holding one file, not compressed. */
function storedZip(name: string, data: Buffer): Buffer {
  const fileName = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(local.length + fileName.length + data.length, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

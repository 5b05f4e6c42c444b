import { describe, expect, it } from 'vitest';
import { describeMemory, embeddedMemory, InvalidMemorySettingError, jvmSize } from '../../server/graph/embedded/memory-sizing.js';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

function sized(machineGib: number, settings = {}): { heap: string; pageCache: string; all: string; one: string } {
  const memory = embeddedMemory(machineGib * GIB, settings);
  return {
    heap: jvmSize(memory.heapBytes),
    pageCache: jvmSize(memory.pageCacheBytes),
    all: jvmSize(memory.transactionsTotalBytes),
    one: jvmSize(memory.transactionBytes),
  };
}

describe('embedded Neo4j memory sizing', () => {
  it('gives a quarter of the machine to the heap and a quarter to the page cache, within bounds', () => {
    expect(sized(2)).toEqual({ heap: '1g', pageCache: '512m', all: '716m', one: '665m' });
    expect(sized(8)).toEqual({ heap: '2g', pageCache: '2g', all: '1433m', one: '1331m' });
    expect(sized(24)).toEqual({ heap: '4g', pageCache: '6g', all: '2867m', one: '2662m' });
    expect(sized(64)).toEqual({ heap: '4g', pageCache: '8g', all: '2867m', one: '2662m' });
  });

  it('uses whole mebibytes for machines whose memory is not a round number', () => {
    const memory = embeddedMemory(25_276_194_816);
    expect(memory.heapBytes % MIB).toBe(0);
    expect(jvmSize(memory.pageCacheBytes)).toBe('6026m');
  });

  it('takes ATTEST_NEO4J_HEAP and ATTEST_NEO4J_PAGECACHE over the machine, and sizes transactions from that heap', () => {
    expect(sized(24, { ATTEST_NEO4J_HEAP: '512m', ATTEST_NEO4J_PAGECACHE: '3G' })).toEqual({
      heap: '512m',
      pageCache: '3g',
      all: '358m',
      one: '332m',
    });
    expect(sized(24, { ATTEST_NEO4J_HEAP: '10g' }).heap).toBe('10g');
    expect(sized(24, { ATTEST_NEO4J_HEAP: '', ATTEST_NEO4J_PAGECACHE: '  ' })).toEqual(sized(24));
  });

  it('refuses a malformed or too small size, naming the variable', () => {
    const refusal = (settings: Record<string, string>): string => {
      try {
        embeddedMemory(24 * GIB, settings);
      } catch (error) {
        if (error instanceof InvalidMemorySettingError) return error.message;
        throw error;
      }
      return 'accepted';
    };
    expect(refusal({ ATTEST_NEO4J_HEAP: '2 GB' })).toBe(
      'ATTEST_NEO4J_HEAP must be a whole size like 2g or 1536m (k, m, g or t), not "2 GB"',
    );
    expect(refusal({ ATTEST_NEO4J_HEAP: '1.5g' })).toMatch(/^ATTEST_NEO4J_HEAP must be a whole size/);
    expect(refusal({ ATTEST_NEO4J_PAGECACHE: 'lots' })).toMatch(/^ATTEST_NEO4J_PAGECACHE must be a whole size/);
    expect(refusal({ ATTEST_NEO4J_HEAP: '128m' })).toBe('ATTEST_NEO4J_HEAP is 128m; the embedded Neo4j needs at least 512m');
    expect(refusal({ ATTEST_NEO4J_PAGECACHE: '1m' })).toBe('ATTEST_NEO4J_PAGECACHE is 1m; the embedded Neo4j needs at least 64m');
  });

  it('says in one line what it chose and which values came from the environment', () => {
    expect(describeMemory(embeddedMemory(24 * GIB, { ATTEST_NEO4J_PAGECACHE: '1g' }))).toBe(
      'heap 4g, page cache 1g (ATTEST_NEO4J_PAGECACHE), transactions 2867m in all and 2662m each; machine memory 24.0 GiB',
    );
  });
});

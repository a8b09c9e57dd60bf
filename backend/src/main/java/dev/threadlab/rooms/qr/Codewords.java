package dev.threadlab.rooms.qr;

/** Splits data codewords into blocks, appends each block's error correction and interleaves them (§7.6). */
final class Codewords {

    private Codewords() {
    }

    static byte[] withErrorCorrection(byte[] data, int version, int blockCount, int eccPerBlock) {
        int rawCodewords = ModuleGrid.rawDataModules(version) / 8;
        int shortBlocks = blockCount - rawCodewords % blockCount;
        int shortBlockLength = rawCodewords / blockCount;
        ReedSolomon coder = new ReedSolomon(eccPerBlock);
        byte[][] blocks = new byte[blockCount][];
        for (int i = 0, k = 0; i < blockCount; i++) {
            int dataLength = shortBlockLength - eccPerBlock + (i < shortBlocks ? 0 : 1);
            byte[] dat = java.util.Arrays.copyOfRange(data, k, k + dataLength);
            k += dataLength;
            byte[] ecc = coder.remainder(dat);
            // Short blocks get one placeholder byte so that all blocks have the same length; it is skipped below.
            byte[] block = new byte[shortBlockLength + 1];
            System.arraycopy(dat, 0, block, 0, dat.length);
            System.arraycopy(ecc, 0, block, block.length - eccPerBlock, eccPerBlock);
            blocks[i] = block;
        }
        byte[] result = new byte[rawCodewords];
        int n = 0;
        for (int i = 0; i < blocks[0].length; i++) {
            for (int j = 0; j < blockCount; j++) {
                if (i != shortBlockLength - eccPerBlock || j >= shortBlocks) {
                    result[n++] = blocks[j][i];
                }
            }
        }
        return result;
    }
}

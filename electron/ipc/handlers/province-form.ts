/** IPC handlers of the province 汇总表 channels (ProvinceFormContract); the work is in province-form-service. */
import type { HandlersFor } from '../../../shared/ipc/contract';
import type { FilePayload } from '../../../shared/ipc/contract/base';
import type { ProvinceFormContract } from '../../../shared/ipc/contract/province-form';
import type { AppContext } from '../../services/app-context';
import { fillProvinceForm, provinceFormView, saveProvinceFormMapping, type Upload } from '../../services/province-form-service';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const upload = (f?: FilePayload): Upload | null => (f ? { bytes: Buffer.from(f.base64, 'base64'), fileName: f.fileName } : null);

export function provinceFormHandlers(ctx: AppContext): HandlersFor<ProvinceFormContract> {
  return {
    'province-form:view': ({ file }) => provinceFormView(ctx, upload(file)),
    'province-form:save': ({ file, cells }) => saveProvinceFormMapping(ctx, upload(file), cells),
    'province-form:fill': async ({ period, file }) => {
      const r = await fillProvinceForm(ctx, { period, upload: upload(file) });
      return { file: { fileName: r.fileName, base64: r.bytes.toString('base64'), mime: XLSX_MIME }, report: r.report };
    },
  };
}

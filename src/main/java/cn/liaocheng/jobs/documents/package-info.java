/**
 * Documents that people upload for their applications (certificate photos, business plans): PDF, JPG or PNG,
 * checked by content, at most 10 MB, kept under a server-made name outside anything served to browsers. Other
 * capabilities use {@link cn.liaocheng.jobs.documents.DocumentService} and the form field
 * {@link cn.liaocheng.jobs.documents.DocumentUploadField}; see issue 3.
 */
@NullMarked
package cn.liaocheng.jobs.documents;

import org.jspecify.annotations.NullMarked;
